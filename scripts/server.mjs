#!/usr/bin/env node
// The production server: Next.js behind a few lines of node:http, because a route handler cannot see the
// socket's address and Next.js keeps a client-sent X-Forwarded-For as it is. Here every request gets the
// client's address (lib/security/client-address.mjs: the socket, or X-Forwarded-For read from the right past
// CHOKEPOINT_TRUSTED_PROXIES) in a header whose name is random per process, set after any copy the client
// sent is removed, so no client can name its own address. Listens on 127.0.0.1 unless HOST says otherwise.
// Usage: node scripts/server.mjs  (PORT, HOST; needs `next build` first)
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { clientAddress, parseTrustedProxies } from "../lib/security/client-address.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || "127.0.0.1";
const trusted = parseTrustedProxies(process.env.CHOKEPOINT_TRUSTED_PROXIES);
const PREFIX = "x-chokepoint-client-ip";
// read by lib/security/client-ip.ts in this same process
const header = `${PREFIX}-${randomBytes(12).toString("hex")}`;
process.env.CHOKEPOINT_CLIENT_IP_HEADER = header;

const app = next({ dev: false, dir: root, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  for (const name of Object.keys(req.headers)) if (name.startsWith(PREFIX)) delete req.headers[name];
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (address) req.headers[header] = address;
  void handle(req, res);
});
server.listen(port, host, () => {
  console.log(`Chokepoint listening on http://${host.includes(":") ? `[${host}]` : host}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
