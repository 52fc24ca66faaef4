export const UNIT_OF_WORK = Symbol('UNIT_OF_WORK');

/** Runs work in one database transaction; repositories called inside join it. */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `hook` once the current transaction has committed (never after a rollback). */
  afterCommit(hook: () => unknown): void;
}
