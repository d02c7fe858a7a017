import type { Language } from '../common/content';
import type { ApiError, ErrorCode, FieldIssue } from '../common/errors';
import { say, type Sentence } from './messages';

/**
 * An error meant for a person: the message is a sentence saying what went wrong and what to do.
 * Given as a Sentence, it is answered in the caller's language; `message` (logs) is English.
 */
export class AppError extends Error {
  private readonly sentence: Sentence | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string | Sentence,
    readonly extra: { issues?: FieldIssue[]; retryAt?: string } = {},
    /** The issues with reasons in another language, made only when a caller reads that one. */
    private readonly issuesIn?: (language: Language) => FieldIssue[],
  ) {
    super(typeof message === 'string' ? message : say(message.key, 'en', message.params));
    this.name = 'AppError';
    this.sentence = typeof message === 'string' ? undefined : message;
  }

  toApiError(language: Language = 'en'): ApiError {
    const message = this.sentence ? say(this.sentence.key, language, this.sentence.params) : this.message;
    const issues = this.issuesIn && language !== 'en' ? { issues: this.issuesIn(language) } : {};
    return { code: this.code, message, ...this.extra, ...issues };
  }
}

/**
 * Failures that mean the disk will not take more data. better-sqlite3 reports SQLite's extended
 * result code as `code`. SQLite's unix file layer turns ENOSPC from write() into SQLITE_FULL (what
 * a full disk gives here, checked on a full tmpfs in tests/unit/disk-full.test.ts; also what
 * max_page_count gives); ENOSPC or EDQUOT from posix_fallocate() becomes SQLITE_IOERR_WRITE, from
 * fsync() SQLITE_IOERR_FSYNC (network and thin-provisioned disks report it late), and from growing
 * the -shm file SQLITE_IOERR_SHMSIZE. Those IOERR codes also cover a failing disk (EIO): the visitor
 * gets the same "ask a volunteer" answer either way, and `system.status` shows the organizer the
 * code and the free space, which tell the two apart. Node's own file calls give errno codes.
 */
const STORAGE_FULL_CODES = new Set([
  'SQLITE_FULL',
  'SQLITE_IOERR_WRITE',
  'SQLITE_IOERR_FSYNC',
  'SQLITE_IOERR_SHMSIZE',
  'ENOSPC',
  'EDQUOT',
]);

export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_FULL_CODES.has(code);
}
