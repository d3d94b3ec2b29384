/** Expected failures carry one of these codes; anything else thrown is a bug. */
export const appErrorCodes = [
  "CONFIG",
  "DB_UNREACHABLE",
  "DB_NOT_MIGRATED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_INPUT",
  "CONFLICT",
  "TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For RATE_LIMITED: when the caller may try again (sent as Retry-After). */
  readonly retryAfterSeconds?: number;
  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
