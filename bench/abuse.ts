// npm run bench:abuse: the attacks of issue 21's penetration test replayed against the production build, on
// SQLite and then PostgreSQL (a throwaway server via scripts/pg-server.sh, or BENCH_POSTGRES_URL;
// BENCH_ABUSE_POSTGRES=0 skips it). Each database gets a fresh, seeded database and scripts/server.mjs on a free
// port of 127.0.0.1 (no trusted proxies, so X-Forwarded-For is the attacker's own header). Then, per finding:
//   1 forged same-site requests   every mutating route, text/plain, admin cookie, Origin another port or site
//   2 sign-in limit               40 wrong passwords from 40 X-Forwarded-For, then the right one; session IP
//   3 open redirect               signed-in /sign-in?next=<vector>: never off-site, never a 500
//   4 API key after demotion      a compliance officer's key after they are demoted to analyst
//   5 chunked bodies              four anonymous 300 MB chunked sign-in bodies at once: server RSS growth
//   6 security audit              audit entries for the failed sign-ins and refused requests above
//   7 uploads                     a second analyst analyses the first one's upload; file modes on disk
//   8 CSV quoting                 a buyer named ACME;=1+2;@SUM(1) in the determination CSV
//   9 screening load              health p95 during eight concurrent 5,000-name screens (eight users); the
//                                 per-key name budget answers 429 with Retry-After
// Loopback only; every loop is bounded. Needs `npx next build` first (it builds nothing). Prints one target
// line per check and exits 1 when one is short.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { benchPostgres, serverPort, outDir, target, type BenchPostgres } from "./lib";
import { percentile, setUpDatabase, startServer, treeRssMb, waitForHealth } from "./server";

const root = path.resolve(import.meta.dirname, "..");
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
  throw new Error("no production build: run `npx next build` first");
fs.mkdirSync(outDir, { recursive: true });

const DEMO_PASSWORD = "chokepoint-demo";
const lines: string[] = [];
let short = 0;
function report(db: string, name: string, measured: string, goal: string, ok: boolean): void {
  const line = target(`${name} (${db})`, measured, goal, ok);
  if (!ok) short++;
  lines.push(line);
  console.log(line);
}

// ---- plumbing -------------------------------------------------------------------------------------------

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One request over node:http, so Origin, Sec-Fetch-Site and X-Forwarded-For go out exactly as written. */
function send(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.setTimeout(120_000, () => req.destroy(new Error(`${method} ${urlPath}: no answer in 120 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

const cookieOf = (a: Answer) =>
  ([] as string[])
    .concat(a.headers["set-cookie"] ?? [])
    .map((c) => c.split(";")[0]!)
    .join("; ");

// ---- one database ---------------------------------------------------------------------------------------

type Prepared = { screenKeys: string[]; demotedKey: string; demotedUserId: string; bomId: string };

/** A fresh database, migrated and seeded; eight screening users with keys; a compliance officer to demote. */
async function prepare(url: string): Promise<Prepared> {
  setUpDatabase(url);
  const { db } = await import("../lib/db");
  const { createApiKey } = await import("../lib/operations/create-api-key");
  const { createUser } = await import("../lib/operations/create-user");
  const screenKeys: string[] = [];
  for (let i = 0; i < 8; i++) {
    const u = await createUser({
      name: `Screener ${i}`,
      email: `screener-${i}@bench.test`,
      role: "compliance",
      password: DEMO_PASSWORD,
    });
    screenKeys.push((await createApiKey(u.id, "bench:abuse", "compliance")).key);
  }
  const demoted = await createUser({
    name: "To Be Demoted",
    email: "demoted@bench.test",
    role: "compliance",
    password: DEMO_PASSWORD,
  });
  const demotedKey = (await createApiKey(demoted.id, "bench:abuse", "compliance")).key;
  const bom = await db().bom.findFirstOrThrow({ select: { id: true } });
  return { screenKeys, demotedKey, demotedUserId: demoted.id, bomId: bom.id };
}

async function run(label: string, url: string): Promise<void> {
  console.log(`\n${label}`);
  const started = new Date();
  const prepared = await prepare(url);
  const port = await serverPort();
  // the bench's own sign-ins all come from 127.0.0.1; the account limit (default) is what is attacked
  const server = startServer(url, port, "abuse-server", { AUTH_SIGNIN_MAX_PER_MINUTE: "200" });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(port, server);
    const signIn = async (email: string, extra: Record<string, string> = {}, password = DEMO_PASSWORD) =>
      send(
        port,
        "POST",
        "/api/auth/sign-in/email",
        { "content-type": "application/json", origin, ...extra },
        JSON.stringify({ email, password }),
      );
    const cookie = async (email: string) => {
      const a = await signIn(email);
      if (a.status !== 200) throw new Error(`sign-in of ${email}: HTTP ${a.status} ${a.text.slice(0, 200)}`);
      return cookieOf(a);
    };
    const admin = await cookie("admin@chokepoint.demo");

    // 1. forged requests: a text/plain "form" from another port of the same host, and from another site
    const forgedBody = JSON.stringify({
      name: "Mallory",
      email: "mallory@bench.test",
      role: "admin",
      password: "long-enough-password",
    });
    const routes = [
      "/api/v1/users",
      "/api/determinations",
      "/api/v1/screen",
      "/api/v1/imports/uploads",
      "/api/v1/imports/uploads/00000000-0000-0000-0000-000000000000/analyse",
      "/api/v1/imports/uploads/00000000-0000-0000-0000-000000000000/commit",
      "/api/v1/imports/uploads/00000000-0000-0000-0000-000000000000/cancel",
      "/api/auth/sign-out",
    ];
    const foreign: Record<string, string>[] = [
      { origin: `http://127.0.0.1:${port + 1}` },
      { origin: `http://localhost:${port + 1}` },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
    ];
    let accepted = 0;
    let sent = 0;
    for (const r of routes)
      for (const f of foreign) {
        const a = await send(
          port,
          "POST",
          r,
          { cookie: admin, "content-type": "text/plain;charset=UTF-8", "x-file-name": "x.csv", ...f },
          forgedBody,
        );
        sent++;
        if (a.status < 400) accepted++;
      }
    report(label, "csrf-same-site", `${accepted} of ${sent} accepted`, "0", accepted === 0);
    const legit = await send(
      port,
      "POST",
      "/api/v1/users",
      { cookie: admin, origin, "content-type": "application/json" },
      JSON.stringify({
        name: "Second Analyst",
        email: "analyst-2@bench.test",
        role: "analyst",
        password: DEMO_PASSWORD,
      }),
    );
    report(label, "csrf-same-origin-json-still-works", `HTTP ${legit.status}`, "201", legit.status === 201);

    // 2. sign-in: 40 wrong passwords for one account, each from a different X-Forwarded-For
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push(
        (await signIn("analyst@chokepoint.demo", { "x-forwarded-for": `198.51.100.${i + 1}` }, `wrong-${i}`)).status,
      );
    const firstRefusal = statuses.indexOf(429);
    const right = await signIn("analyst@chokepoint.demo", { "x-forwarded-for": "203.0.113.200" });
    report(
      label,
      "signin-account-limit",
      `${statuses.filter((s) => s === 429).length} of 40 refused (first at attempt ${firstRefusal + 1}); the right password then HTTP ${right.status}`,
      "429 within 40 attempts, the right password refused until the window passes",
      firstRefusal >= 0 && right.status === 429,
    );
    const spoofed = await signIn("compliance@chokepoint.demo", { "x-forwarded-for": "6.6.6.6" });
    const { db } = await import("../lib/db");
    const session = await db().session.findFirst({
      where: { user: { email: "compliance@chokepoint.demo" } },
      orderBy: { createdAt: "desc" },
      select: { ipAddress: true },
    });
    report(
      label,
      "signin-session-ip",
      `HTTP ${spoofed.status}, stored ${session?.ipAddress ?? "none"}`,
      "the socket's 127.0.0.1, not the forged 6.6.6.6",
      spoofed.status === 200 && session?.ipAddress === "127.0.0.1",
    );

    // 3. open redirect: a signed-in user on /sign-in?next=<vector>
    const vectors = [
      "/%09/evil.example/x",
      "/%0A/evil.example",
      "/%0D%0A/evil.example",
      "/%5C/evil.example",
      "%5C%5Cevil.example",
      "//evil.example",
      "/%2F/evil.example",
      "/.//evil.example",
      "https://evil.example",
      "/%C3%A9v%C3%AEl",
      "/%E2%88%95%E2%88%95evil.example",
      "/%00",
      "javascript:alert(1)",
      "/screening?band=match",
    ];
    let bad = 0;
    for (const v of vectors) {
      const a = await send(port, "GET", `/sign-in?next=${v}`, { cookie: admin });
      const location = a.headers.location;
      const offSite = location !== undefined && new URL(location, origin).origin !== origin;
      if (a.status >= 500 || offSite) bad++;
    }
    report(label, "open-redirect", `${bad} of ${vectors.length} off-site or 500`, "0", bad === 0);

    // 4. an API key after its owner was demoted below the key's role
    const { changeUserRole } = await import("../lib/operations/change-user-role");
    await changeUserRole(prepared.demotedUserId, "analyst");
    const afterDemotion = await send(
      port,
      "POST",
      "/api/determinations",
      { authorization: `Bearer ${prepared.demotedKey}`, "content-type": "application/json" },
      JSON.stringify({ bomId: prepared.bomId, buyer: { name: "Demotion Test" }, destination: "DE" }),
    );
    report(
      label,
      "api-key-after-demotion",
      `HTTP ${afterDemotion.status}`,
      "401 or 403",
      afterDemotion.status === 401 || afterDemotion.status === 403,
    );

    // 5. four anonymous 300 MB chunked sign-in bodies at once
    const pid = server.pid!;
    const baseline = treeRssMb(pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 100);
    const chunkedResults = await Promise.all(
      Array.from({ length: 4 }, () => chunkedPost(port, "/api/auth/sign-in/email", 300 * 1024 * 1024, origin)),
    );
    await new Promise((r) => setTimeout(r, 500));
    clearInterval(sampler);
    peak = Math.max(peak, treeRssMb(pid));
    const growth = peak - baseline;
    report(
      label,
      "chunked-bodies-memory",
      `RSS +${growth.toFixed(0)} MB (${baseline.toFixed(0)} -> ${peak.toFixed(0)} MB); answers ${chunkedResults.map((r) => r.status).join(",")}; sent ${Math.max(...chunkedResults.map((r) => r.sentMb)).toFixed(1)} MB at most`,
      "< 100 MB, 413 each",
      growth < 100 && chunkedResults.every((r) => r.status === 413),
    );

    // 6. security events in the audit trail (the failed sign-ins and refused requests above)
    const securityEntries = await db().auditLog.count({
      where: {
        at: { gte: started },
        OR: ["sign", "auth", "denied", "refused", "forbidden", "session"].map((w) => ({
          action: { contains: w },
        })),
      },
    });
    report(
      label,
      "security-events-audited",
      `${securityEntries} audit entries for 40+ failed sign-ins and ${sent} refused requests`,
      "> 0",
      securityEntries > 0,
    );

    // 7. uploads belong to their uploader; files are private on disk
    const analyst1 = await cookie("analyst@chokepoint.demo").catch(() => null); // may still be locked (finding 2)
    const uploader = analyst1 ?? (await cookie("admin@chokepoint.demo"));
    const analyst2 = await cookie("analyst-2@bench.test");
    const up = await send(
      port,
      "POST",
      "/api/v1/imports/uploads",
      { cookie: uploader, origin, "content-type": "application/octet-stream", "x-file-name": "bench.csv" },
      "manufacturer,mpn,description,quantity\nAcme,P-1,Part,1\n",
    );
    const uploadId = (JSON.parse(up.text) as { uploadId?: string }).uploadId;
    const other = uploadId
      ? await send(
          port,
          "POST",
          `/api/v1/imports/uploads/${uploadId}/analyse`,
          { cookie: analyst2, origin, "content-type": "application/json" },
          "{}",
        )
      : { status: up.status };
    report(label, "upload-ownership", `another analyst got HTTP ${other.status}`, "404", other.status === 404);
    const dir = path.join(root, ".data", "uploads");
    const fileMode = uploadId ? fs.statSync(path.join(dir, `${uploadId}.upload`)).mode & 0o777 : -1;
    const dirMode = fs.statSync(dir).mode & 0o777;
    report(
      label,
      "upload-file-mode",
      `file 0${fileMode.toString(8)} in a 0${dirMode.toString(8)} folder`,
      "0600 in 0700",
      fileMode === 0o600 && dirMode === 0o700,
    );
    if (uploadId)
      await send(port, "POST", `/api/v1/imports/uploads/${uploadId}/cancel`, {
        cookie: uploader,
        origin,
        "content-type": "application/json",
      });

    // 8. CSV: a buyer name that a semicolon-delimited spreadsheet would split into a formula cell
    const buyer = "ACME;=1+2;@SUM(1)";
    const checked = await send(
      port,
      "POST",
      "/api/determinations",
      { authorization: `Bearer ${prepared.screenKeys[0]}`, "content-type": "application/json" },
      JSON.stringify({ bomId: prepared.bomId, buyer: { name: buyer }, destination: "DE" }),
    );
    const determinationId = (JSON.parse(checked.text) as { determinationId?: string }).determinationId;
    const csv = determinationId
      ? (
          await send(port, "GET", `/api/v1/determinations/${determinationId}/export`, {
            authorization: `Bearer ${prepared.screenKeys[0]}`,
          })
        ).text
      : "";
    const quoted = csv.includes(`"${buyer}"`) || csv.includes(`"'${buyer}"`);
    report(
      label,
      "csv-semicolon-quoted",
      determinationId ? (quoted ? "quoted" : "written bare") : `no determination (HTTP ${checked.status})`,
      "quoted",
      quoted,
    );

    // 9. eight concurrent 5,000-name screens (eight users), health sampled throughout
    const names = JSON.stringify({
      names: Array.from({ length: 5000 }, (_, i) => `Bench Abuse Trading Company ${i} Limited`),
    });
    // the same health check with nothing else running, for scale: this machine is shared, and its load shows
    const restMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await send(port, "GET", "/api/health");
      restMs.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
    restMs.sort((a, b) => a - b);
    console.log(
      `${label}: health p95 at rest ${percentile(restMs, 95).toFixed(0)} ms (max ${restMs.at(-1)!.toFixed(0)} ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
    );
    const healthMs: number[] = [];
    let screening = true;
    const sampleHealth = (async () => {
      while (screening && healthMs.length < 2000) {
        const t = performance.now();
        await send(port, "GET", "/api/health");
        healthMs.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const screens = await Promise.all(
      prepared.screenKeys.map((key) =>
        send(
          port,
          "POST",
          "/api/v1/screen",
          { authorization: `Bearer ${key}`, "content-type": "application/json" },
          names,
        ),
      ),
    );
    screening = false;
    await sampleHealth;
    healthMs.sort((a, b) => a - b);
    const p95 = percentile(healthMs, 95);
    report(
      label,
      "health-p95-during-8-bulk-screens",
      `${p95.toFixed(0)} ms (median ${percentile(healthMs, 50).toFixed(0)}, max ${healthMs.at(-1)?.toFixed(0)} ms, ${healthMs.length} checks; screens ${screens.map((s) => s.status).join(",")})`,
      "< 500 ms",
      p95 < 500,
    );
    // one key sending 5,000-name screens back to back: the budget (20,000 names a minute) runs out
    const budget: Answer[] = [];
    for (let i = 0; i < 6 && !budget.some((a) => a.status === 429); i++)
      budget.push(
        await send(
          port,
          "POST",
          "/api/v1/screen",
          { authorization: `Bearer ${prepared.screenKeys[1]}`, "content-type": "application/json" },
          names,
        ),
      );
    const limited = budget.find((a) => a.status === 429);
    report(
      label,
      "screen-rate-limit",
      limited
        ? `429 after ${5000 + (budget.length - 1) * 5000} names in the minute, Retry-After ${limited.headers["retry-after"]} s`
        : `no 429 in ${budget.length * 5000} more names (${budget.map((a) => a.status).join(",")})`,
      "429 with Retry-After",
      limited !== undefined && Number(limited.headers["retry-after"]) > 0,
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    const { disconnectDb } = await import("../lib/db");
    await disconnectDb();
  }
}

/**
 * A chunked POST of `totalBytes` made on the fly, written only as fast as the server reads it; stops
 * writing when the answer comes. Returns the status and how much was sent.
 */
function chunkedPost(
  port: number,
  urlPath: string,
  totalBytes: number,
  origin: string,
): Promise<{ status: number | string; sentMb: number }> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let answered = false;
    const req = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: urlPath,
      headers: { "content-type": "application/json", origin, "transfer-encoding": "chunked" },
    });
    const done = (status: number | string) => {
      if (answered) return;
      answered = true;
      resolve({ status, sentMb: sent / 1048576 });
      req.destroy();
    };
    req.on("response", (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", (e) => done(`error ${(e as NodeJS.ErrnoException).code ?? e.message}`));
    req.setTimeout(180_000, () => done("timeout"));
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered && sent >= totalBytes) req.end();
    };
    pump();
  });
}

// ---- both databases -------------------------------------------------------------------------------------

const sqliteFile = path.join(os.tmpdir(), `chokepoint-abuse-${process.pid}.db`);
let pg: BenchPostgres | null = null;
try {
  await run("SQLite", `file:${sqliteFile}`);
  pg = benchPostgres("abuse", "BENCH_ABUSE_POSTGRES"); // started after the SQLite run, so it is not running meanwhile
  if (pg.url) await run("PostgreSQL", pg.url);
  else
    console.log(
      `\nPostgreSQL: skipped (${process.env.BENCH_ABUSE_POSTGRES === "0" ? "BENCH_ABUSE_POSTGRES=0" : "no server: set BENCH_POSTGRES_URL or install postgresql"})`,
    );
} finally {
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFile + s, { force: true });
  pg?.stop();
}

console.log(`\n(${os.cpus().length} cores; other work on this machine makes timings noisy)`);
console.log(`${lines.length - short} of ${lines.length} targets ok`);
if (short > 0) process.exitCode = 1;
