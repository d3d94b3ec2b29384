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

const fileProblems: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
};

/**
 * The one-line message for a failure the user can fix (a missing file, a refused input), or null for a bug,
 * which keeps its stack. A file system error names the path it was about.
 */
export function expectedFailureMessage(e: unknown): string | null {
  if (isAppError(e)) return e.message;
  const sys = e as { code?: unknown; path?: unknown } | null;
  if (typeof sys?.code === "string" && sys.code in fileProblems) {
    const problem = fileProblems[sys.code]!;
    return typeof sys.path === "string" ? `${sys.path}: ${problem}` : problem;
  }
  return null;
}
