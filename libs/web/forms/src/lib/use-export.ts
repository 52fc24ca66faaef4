import { useState } from 'react';
import { errorMessage } from '@verbinder/web/api-client';
import { downloadText } from '@verbinder/web/ui';

/** A file to offer as a download. */
export interface ExportFile {
  text: string;
  fileName: string;
  /** MIME type, e.g. 'text/csv;charset=utf-8'. */
  type: string;
}

/**
 * An "… exporteren" button's work: fetch the file (usually a network-only query), offer it as a
 * download, and keep `exporting` (for the button's busy state) and the Dutch `error` of a failed try.
 */
export function useExport(fetchFile: () => Promise<ExportFile>, describeError: (error: unknown) => string = errorMessage) {
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setExporting(true);
    setError(null);
    try {
      const file = await fetchFile();
      downloadText(file.text, file.fileName, file.type);
    } catch (problem) {
      setError(describeError(problem));
    } finally {
      setExporting(false);
    }
  };
  return { exporting, error, run };
}
