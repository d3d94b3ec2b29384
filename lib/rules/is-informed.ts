// "Is-informed" letters: BIS may inform an exporter "individually by specific notice" that a licence is required
// for specific exports because of an unacceptable risk of a military end use or user (15 CFR 744.21(b)) or of
// an advanced-computing or supercomputer end use (15 CFR 744.23(b)). Such a letter binds only the exporter that
// received it, for the items and destinations it names, from its date. Known public examples (their recipients
// disclosed them; BIS did not publish the letters):
// - 2022-08-26: NVIDIA was informed of a licence requirement for A100, H100 and DGX systems (and products at or
//   above the A100's performance) to China, including Hong Kong, and Russia, citing the risk of a "military end
//   use" or "military end user" (744.21): NVIDIA's SEC filing of 2022-08-31 as reported by Trade Law Daily
//   (tradelawdaily.com, 2022-09-02).
// - April 2025: NVIDIA and AMD announced licence requirements for H20 (and equivalents) to China, Hong Kong,
//   Macau and D:5 countries, and to companies headquartered there or whose ultimate parent is, "implemented
//   through 'is informed' letters" on a risk of diversion to supercomputers (Miller Chevalier, "Key Takeaways
//   from New BIS Restrictions on AI Chips to China", April 2025). The letter's own date is NOT confirmed here
//   (the week of 2025-04-14 is when it was announced), nor whether BIS cited 744.23(b) in it.
// The paragraph letters of 744.21(b) and 744.23(b) are as secondary sources give them, NOT read in the eCFR here.
// Not applied: a letter's performance (TPP) range: line facts carry an ECCN and a description, not a TPP, so a
// letter names its products and ECCNs, and the range is shown for the reader.
import { inGroup } from "./country-groups";
import type { CheckContext, Finding, IsInformedLetter, LineFacts } from "./types";

// the letter and exporter shapes live with the other inputs of a check (types.ts)
export type { Exporter, IsInformedLetter } from "./types";

const corporate = /\b(corporation|corp|incorporated|inc|limited|ltd|llc|co|company|gmbh|plc|sa|ag)\b/g;
export const exporterKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(corporate, " ")
    .replace(/\s+/g, " ")
    .trim();

const covers = (places: readonly string[], country: string | null, asOf: string) =>
  !!country && places.some((d) => (d === "D:5" ? inGroup(country, "D5", asOf) : d === country));

function itemCovered(letter: IsInformedLetter, line: LineFacts): string | null {
  const eccn = line.eccn?.toUpperCase() ?? "";
  const byEccn = letter.eccns.find((e) => eccn && eccn.startsWith(e.toUpperCase()));
  if (byEccn) return `ECCN ${line.eccn}`;
  const text = `${line.mpn ?? ""} ${line.description ?? ""}`;
  const product = letter.products.find((p) =>
    new RegExp(`(^|[^\\w])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w])`, "i").test(text),
  );
  return product ? `the product ${product}` : null;
}

export function isInformedFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  const exporter = ctx.exporter;
  if (!exporter?.letters.length) return null;
  const me = exporterKey(exporter.name);
  for (const letter of exporter.letters) {
    if (exporterKey(letter.recipient) !== me) continue;
    if (letter.issuedOn > ctx.asOf || (letter.until && letter.until < ctx.asOf)) continue;
    const item = itemCovered(letter, line);
    if (!item) continue;
    const parentCountry = ctx.buyer.ownership?.ultimateParent?.country ?? null;
    const where = covers(letter.destinations, ctx.destination, ctx.asOf)
      ? `the destination ${ctx.destination}`
      : letter.headquarters && covers(letter.destinations, ctx.buyer.hqCountry, ctx.asOf)
        ? `the buyer's headquarters in ${ctx.buyer.hqCountry}`
        : letter.headquarters && covers(letter.destinations, parentCountry, ctx.asOf)
          ? `the buyer's ultimate parent's headquarters in ${parentCountry}`
          : null;
    if (!where) continue;
    return {
      ruleId: "is-informed",
      citation: `15 CFR ${letter.basis}(b) (is-informed letter to ${letter.recipient}, ${letter.issuedOn})`,
      effect: "licence",
      policy: "see_section",
      reason: `${exporter.name} was informed by BIS on ${letter.issuedOn} that a licence is required for ${[...letter.products, ...letter.eccns].join(", ")} to ${letter.destinations.join(", ")}${letter.headquarters ? " (and buyers headquartered there)" : ""}: this line is ${item}, for ${where}${letter.tppRange ? `; the letter's performance range (${letter.tppRange}) is not checked here` : ""}; source: ${letter.source}`,
    };
  }
  return null;
}
