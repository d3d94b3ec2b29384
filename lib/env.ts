import path from "node:path";
import { AppError } from "./errors";

/** Where the embedded database and generated secrets live; git-ignored, created on first run. */
export const DATA_DIR = ".data";
export const DEFAULT_DATABASE_URL = `file:./${DATA_DIR}/chokepoint.db`;

export type DatabaseConfig =
  | { provider: "sqlite"; url: string; file: string }
  | {
      provider: "postgresql";
      url: string;
      host: string;
      port: number;
      user: string;
      password: string;
      database: string;
      schema?: string;
    };

/**
 * Reads DATABASE_URL (absent = the embedded SQLite file). Fails with one specific line rather than a stack
 * trace deep inside a driver, so a typo is found at start-up.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): DatabaseConfig {
  const url = (raw ?? "").trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new AppError("CONFIG", "DATABASE_URL: a file: URL needs a path, e.g. file:./.data/chokepoint.db");
    return { provider: "sqlite", url, file: path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new AppError(
        "CONFIG",
        "DATABASE_URL is not a valid postgresql:// URL (expected postgresql://user:password@host:5432/database)",
      );
    }
    const database = decodeURIComponent(u.pathname.replace(/^\//, ""));
    if (!u.hostname) throw new AppError("CONFIG", "DATABASE_URL: the postgresql:// URL has no host");
    if (!database)
      throw new AppError("CONFIG", "DATABASE_URL: the postgresql:// URL names no database (…/database at the end)");
    const port = u.port ? Number(u.port) : 5432;
    if (!Number.isInteger(port) || port <= 0 || port > 65535)
      throw new AppError("CONFIG", `DATABASE_URL: port ${u.port} is not a valid port`);
    return {
      provider: "postgresql",
      url,
      host: decodeURIComponent(u.hostname),
      port,
      user: decodeURIComponent(u.username || "postgres"),
      password: decodeURIComponent(u.password),
      database,
      schema: u.searchParams.get("schema") ?? undefined,
    };
  }
  const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
  throw new AppError(
    "CONFIG",
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${shown.replace(/:[^:@/]*@/, ":***@")}"`,
  );
}

/** Redacts the password of a database URL for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

type Env = Record<string, string | undefined>;

// HOST (default 127.0.0.1) and CHOKEPOINT_TRUSTED_PROXIES (default none) are read by scripts/server.mjs, which
// binds the socket and works out the client address before Next.js loads (lib/security/client-address.mjs
// validates the proxy list and stops the server on a bad entry).

/** A positive whole number from the environment; the default when unset; a CONFIG error naming the variable. */
function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new AppError("CONFIG", `${name} must be a whole number above 0; got "${raw}"`);
  return n;
}

export type SignInLimits = {
  /** attempts per client address per minute (the address from scripts/server.mjs, never a client header) */
  perAddress: { max: number; windowMs: number };
  /** attempts per account (email) per window, whatever the address; a successful sign-in starts it afresh */
  perAccount: { max: number; windowMs: number };
};

export function signInLimits(env: Env = process.env): SignInLimits {
  return {
    perAddress: { max: positiveInt(env, "AUTH_SIGNIN_MAX_PER_MINUTE", 5), windowMs: 60_000 },
    perAccount: {
      max: positiveInt(env, "AUTH_SIGNIN_MAX_PER_ACCOUNT", 10),
      windowMs: positiveInt(env, "AUTH_SIGNIN_ACCOUNT_WINDOW_MINUTES", 15) * 60_000,
    },
  };
}

/** Names a user (and each of their keys) may screen per minute through the API. */
export function apiNamesPerMinute(env: Env = process.env): number {
  return positiveInt(env, "CHOKEPOINT_API_NAMES_PER_MINUTE", 20_000);
}
