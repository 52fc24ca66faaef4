import { diffArrays } from 'diff';
import type { DiffLine } from './documents.types';

/**
 * Bounds of the draaiboek diff (docs/security.md, "Input limits and CPU bounds"). A line diff
 * costs O((N + M) · D) for N and M lines and D changed lines, so D is capped: beyond
 * `DIFF_MAX_EDITS` changed lines the versions count as "too different to compare line by line"
 * and the changed middle is shown as removed, then added. The answer has at most
 * `DIFF_MAX_LINES` lines: GraphQL builds every answered line as an object on the event loop
 * (measured: 5 000 lines cost 17-120 ms there, 2 000 lines stay under the 50 ms /healthz budget).
 */
export const DIFF_MAX_EDITS = 1000;
export const DIFF_MAX_LINES = 2_000;

const lines = (body: string): string[] => (body === '' ? [] : (body.endsWith('\n') ? body.slice(0, -1) : body).split('\n'));

/** How many lines a body shows in a diff (counted without splitting it). */
export function lineCount(body: string): number {
  if (body === '') return 0;
  let count = 1;
  for (let i = body.indexOf('\n'); i !== -1 && i < body.length - 1; i = body.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Line diff: every line once, marked added, removed or the same. The unchanged lines at the
 * start and end are taken off first (linear), the middle is diffed with at most `maxEdits`
 * changes (Myers, bounded), else (or with `maxEdits` 0) shown as replaced.
 */
export function diffBodies(from: string, to: string, maxEdits = DIFF_MAX_EDITS): DiffLine[] {
  const a = lines(from);
  const b = lines(to);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = [];
  const push = (kind: DiffLine['kind'], items: readonly string[]) => {
    for (const text of items) out.push({ kind, text });
  };
  push('SAME', a.slice(0, start));
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const parts = maxEdits > 0 && middleA.length && middleB.length ? diffArrays(middleA, middleB, { maxEditLength: maxEdits }) : undefined;
  if (parts) {
    for (const part of parts) push(part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME', part.value);
  } else {
    push('REMOVED', middleA);
    push('ADDED', middleB);
  }
  push('SAME', a.slice(endA));
  return out;
}
