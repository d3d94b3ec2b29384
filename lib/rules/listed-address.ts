// A buyer at an address the Entity List lists without a name: 15 CFR 744.16(a) requires a licence for the items
// in the entry's License Requirement column "when any entity using an address of high diversion risk associated
// with that entry is a party to a transaction", under the entry's review policy (744.16(c)(1)). Address-only
// entries came with 89 FR 51644 (FR document 2024-13148, effective 2024-06-12; lib/addresses/listed.ts has the
// sources). Which addresses meet is lib/addresses/match.ts; a possible match binds until a compliance officer
// decides it, as a possible name match does.
import { addressOnlyFrom } from "../addresses/listed";
import { policyFromText } from "./policy";
import type { CheckContext, Finding, LineFacts } from "./types";

export const listedAddressCitation =
  "15 CFR 744.16(a) (addresses of high diversion risk, 89 FR 51644, effective 2024-06-12)";

export function listedAddressFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  const l = ctx.buyer.listings.find(
    (x) => x.sourceCode === "EL" && x.viaAddress && (!x.startDate || x.startDate <= ctx.asOf),
  );
  if (!l || !l.viaAddress || ctx.asOf < addressOnlyFrom) return null;
  const { policy, quoted } = policyFromText(l.licensePolicy, line.eccn);
  const requirement = (l.licenseRequirement ?? "For all items subject to the EAR").replace(/\s+/g, " ").trim();
  const pending =
    l.strength === "review"
      ? " (a possible match not yet decided; treated as listed until a compliance officer decides)"
      : "";
  return {
    ruleId: "listed-address",
    citation: listedAddressCitation,
    effect: "licence",
    policy,
    reason: `the buyer's address "${l.viaAddress.partyAddress}" is the Entity List address "${l.listedName}" (${l.federalRegisterNotice ?? "FR citation not given"}${l.startDate ? `, from ${l.startDate}` : ""}): ${l.viaAddress.how}; licence requirement "${requirement}"; review policy "${quoted}"${pending}`,
  };
}
