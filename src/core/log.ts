/**
 * Logging without personal data: only an error's class, SQLite/errno code and stack frames are
 * written, never its message (driver messages can quote values) nor any argument.
 */
export function logError(context: string, error: unknown): void {
  const err = error as { name?: unknown; code?: unknown; stack?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : typeof error;
  const code = typeof err?.code === 'string' ? ` ${err.code}` : '';
  const frames = typeof err?.stack === 'string' ? err.stack.split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 5) : [];
  console.error(`[take-action-kiosk] ${context}: ${name}${code}\n${frames.join('\n')}`);
}
