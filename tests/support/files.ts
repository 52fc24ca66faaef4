// What the DocumentStore holds on disk (DATA_DIR/files), for "nothing stored" checks.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under DATA_DIR/files, relative paths sorted (the temp folder must be empty between uploads). */
export function storedFiles(dataDir: string): string[] {
  const root = join(dataDir, 'files');
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path.slice(root.length + 1));
    }
  };
  walk(root);
  return out.sort();
}
