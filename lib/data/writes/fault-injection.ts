// The fault test (tests/db/audit-atomicity.test.ts) kills the process at a named point to prove that a change
// and its audit entry commit together: with CHOKEPOINT_INJECT_FAULT=before-audit-append the process dies after
// the change is written and before its audit entry is, and afterwards neither may be visible.
// `before-audit-append#2` dies at the second append instead (a command that records two changes).
import { injectedFault } from "../../env";

export type FaultPoint = "before-audit-append";

let reached = 0;

export function dieHereIfInjected(point: FaultPoint): void {
  const fault = injectedFault();
  if (!fault) return;
  const [name, nth] = fault.split("#");
  if (name !== point) return;
  reached++;
  if (reached === Number(nth ?? 1)) process.kill(process.pid, "SIGKILL");
}
