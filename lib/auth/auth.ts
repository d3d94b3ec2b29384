import "server-only";
// Sign-in is Better Auth: email and password, sessions stored through Prisma, passwords hashed with scrypt,
// sign-in attempts rate-limited in the database (lib/auth/sign-in.ts). Sign-up is closed: admins create users (lib/data/users.ts).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db, dbConfig } from "../db";
import { authSecret } from "./secret";
import { appOrigins } from "./origins";
import { authDatabaseHooks, authHooks } from "./auth-hooks";
import { clientIpHeaderName } from "../security/client-ip";

function createAuth() {
  const { baseURL, trustedOrigins } = appOrigins();
  const ipHeader = clientIpHeaderName();
  return betterAuth({
    appName: "Chokepoint",
    secret: authSecret(),
    baseURL,
    trustedOrigins,
    database: prismaAdapter(db(), { provider: dbConfig().provider }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    // input: false: a user can never set these through Better Auth's own endpoints (e.g. /update-user)
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "analyst", input: false },
        disabledAt: { type: "date", required: false, input: false },
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    // security events (sign-in, failures, sign-out, renames, password changes) and disabled accounts
    hooks: authHooks,
    databaseHooks: authDatabaseHooks,
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 300,
      // sign-in is limited per account and per address before it gets here (lib/auth/sign-in.ts)
      customRules: { "/sign-in/email": false },
    },
    advanced: {
      // Cookies are HttpOnly and SameSite=Lax always; Secure whenever the app is served over https.
      useSecureCookies: baseURL.startsWith("https://"),
      // The session's IP and Better Auth's own limits use the address scripts/server.mjs worked out, never
      // X-Forwarded-For as the client sent it; without that server the address is unknown and not recorded.
      ipAddress: ipHeader ? { ipAddressHeaders: [ipHeader] } : { disableIpTracking: true },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { chokepointAuth?: Auth };

/** Created on first use, so importing this module reads no secret and opens no database. */
export function auth(): Auth {
  globalForAuth.chokepointAuth ??= createAuth();
  return globalForAuth.chokepointAuth;
}
