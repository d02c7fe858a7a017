/** The one error shape that crosses every boundary (IPC, HTTP, tests). */
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_argument',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'locked_out',
  'payload_too_large',
  'storage_full',
  'unavailable',
  'internal',
  // The data steward's passphrase or recovery code did not open the data key.
  'wrong_passphrase',
  // Reading people needs the data key, and it is locked.
  'vault_locked',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldIssue = z.object({ path: z.string(), reason: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ApiError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** For invalid_argument: which field and why, so a form can point at it. */
  issues: z.array(FieldIssue).optional(),
  /** For locked_out: when the next attempt is allowed (UTC ISO-8601). */
  retryAt: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type ApiResponse<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiError };

/** HTTP status for each code, used by the browser host. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_argument: 400,
  unknown_method: 404,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked_out: 429,
  payload_too_large: 413,
  storage_full: 507,
  unavailable: 503,
  internal: 500,
  wrong_passphrase: 401,
  vault_locked: 423,
};
