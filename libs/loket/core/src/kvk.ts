/** A KvK number is exactly eight digits (spaces and dots people type are ignored). */
export function normaliseKvk(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const compact = value.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(compact) ? compact : null;
}
