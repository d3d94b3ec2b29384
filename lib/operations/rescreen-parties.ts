import "server-only";
// A new list version became current: every stored party is screened again against it.
import type { AuditActor } from "../data/audit";
import { partyCount } from "../data/screening-runs";
import { startPartyScreening } from "./screen-parties";

/**
 * A new list version became current: every stored party is screened again against it (waited for, so the
 * import that made it current reports it). A screening failure never undoes the import; it is logged and the
 * run is marked failed.
 */
export async function rescreenParties(actor: AuditActor): Promise<string | null> {
  try {
    if ((await partyCount()) === 0) return null; // nothing stored to screen
    const { runId, done } = await startPartyScreening({ trigger: "list-version", actor });
    await done;
    return runId;
  } catch (e) {
    console.error("re-screening after a list change failed", e);
    return null;
  }
}
