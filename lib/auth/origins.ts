/**
 * The app's own origin (BETTER_AUTH_URL; for the local quick start http://localhost:$PORT). Sign-in requests
 * from any other origin are refused (CSRF protection), so the loopback twin of a local URL is trusted too.
 */
export function appOrigins(env: Record<string, string | undefined> = process.env): {
  baseURL: string;
  trustedOrigins: string[];
} {
  const baseURL = (env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, "");
  const origins = new Set([baseURL]);
  const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.exec(baseURL);
  if (local) origins.add(`http://${local[1] === "localhost" ? "127.0.0.1" : "localhost"}${local[2] ?? ""}`);
  for (const o of (env.CHOKEPOINT_TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean))
    origins.add(o);
  return { baseURL, trustedOrigins: [...origins] };
}
