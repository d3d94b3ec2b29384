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

/**
 * The Consolidated Screening List as its publisher (the International Trade Administration) serves it: the
 * bulk JSON download of data.trade.gov, free and without an API key. The URL is the one the publisher's
 * download page links and public clients use (checked 2026-12 against api-evangelist's
 * bureau-of-industry-and-security profile and ../shared/reference/facts/csl-format.md); the CSV sits beside
 * it as consolidated.csv.
 */
export const DEFAULT_CSL_URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json";

export type ListUpdateConfig = {
  url: string;
  /** hours between scheduled updates; 0 = no schedule */
  everyHours: number;
  /** a list not confirmed current for longer than this is flagged */
  maxAgeDays: number;
  /** a download over this is refused (the real JSON is about 34 MB) */
  maxBytes: number;
  /** no byte received for this long ends an attempt */
  idleTimeoutMs: number;
  /** further attempts after a network error or a 5xx */
  retries: number;
};

function numberSetting(env: Record<string, string | undefined>, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min)
    throw new AppError("CONFIG", `${name}: expected a number of at least ${min}, got "${raw}"`);
  return n;
}

/** The list's URL as configured, unchecked (for a message about a bad one). */
export function configuredCslUrl(env: Record<string, string | undefined> = process.env): string {
  return env.CHOKEPOINT_CSL_URL?.trim() || DEFAULT_CSL_URL;
}

/** Reads the list-update settings; a bad value fails with one line naming the variable. */
export function listUpdateConfig(env: Record<string, string | undefined> = process.env): ListUpdateConfig {
  const url = configuredCslUrl(env);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError("CONFIG", `CHOKEPOINT_CSL_URL is not a URL: "${url}"`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new AppError("CONFIG", `CHOKEPOINT_CSL_URL must be an http(s) URL, got "${url}"`);
  return {
    url,
    everyHours: numberSetting(env, "CHOKEPOINT_LIST_UPDATE_HOURS", 24, 0),
    maxAgeDays: numberSetting(env, "CHOKEPOINT_LIST_MAX_AGE_DAYS", 7, 0),
    // ten times the usual ~34 MB file is refused; the default leaves room for the list to grow four-fold
    maxBytes: Math.floor(numberSetting(env, "CHOKEPOINT_CSL_MAX_MB", 150, 0.001) * 1024 * 1024),
    idleTimeoutMs: Math.floor(numberSetting(env, "CHOKEPOINT_CSL_TIMEOUT_S", 60, 0.1) * 1000),
    retries: Math.floor(numberSetting(env, "CHOKEPOINT_CSL_RETRIES", 3, 0)),
  };
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

/**
 * A fault to inject, for tests only: CHOKEPOINT_INJECT_FAULT names the point where the process kills itself
 * (lib/data/fault-injection.ts). Unset in every real deployment.
 */
export function injectedFault(env: Env = process.env): string | null {
  return env.CHOKEPOINT_INJECT_FAULT?.trim() || null;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** The largest file an import takes: CHOKEPOINT_MAX_UPLOAD_MB, 512 MB by default. */
export function maxUploadBytes(env: Env = process.env): number {
  const mb = Number(env.CHOKEPOINT_MAX_UPLOAD_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MAX_UPLOAD_BYTES;
}

/** Who a CLI command acts as, in the audit trail: the operating-system user who ran it. */
export function cliUser(env: Env = process.env): string {
  return `cli:${env.USER || env.USERNAME || "unknown"}`;
}

/** The directory a relative path on the command line is relative to (npm runs scripts from the package root). */
export function invocationDir(env: Env = process.env): string {
  return env.INIT_CWD ?? process.cwd();
}

/** The session-signing secret as configured (BETTER_AUTH_SECRET), and whether one must be configured. */
export function authSecretSetting(env: Env = process.env): { secret: string | null; required: boolean } {
  return { secret: env.BETTER_AUTH_SECRET?.trim() || null, required: env.CHOKEPOINT_REQUIRE_SECRET === "1" };
}

/** Where the installation lives (set by the CLI wrapper for its child); the working directory otherwise. */
export function installRoot(env: Env = process.env): string {
  return configuredRoot(env) ?? process.cwd();
}

/** The environment with one variable set: for a command-line option that overrides it. */
export function envWith(name: string, value: string | undefined, env: Env = process.env): Env {
  return value === undefined ? env : { ...env, [name]: value };
}

/** The database this process uses: DATABASE_URL, or the embedded SQLite file (relative paths from `cwd`). */
export function configuredDatabase(env: Env = process.env, cwd: string = process.cwd()): DatabaseConfig {
  return parseDatabaseUrl(env.DATABASE_URL, cwd);
}

/** The installation root the CLI wrapper passes its child (CHOKEPOINT_ROOT), if any. */
export function configuredRoot(env: Env = process.env): string | undefined {
  return env.CHOKEPOINT_ROOT || undefined;
}
