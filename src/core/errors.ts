import type { ApiError, ErrorCode, FieldIssue } from '../common/errors';

/** An error meant for a person: the message is a sentence saying what went wrong and what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: FieldIssue[]; retryAt?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

/** SQLite's "disk full" and "database or disk is full" results, however the driver names them. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || (error as NodeJS.ErrnoException)?.code === 'ENOSPC';
}
