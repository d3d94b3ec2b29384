// The rules by name, as a user reads them on a determination: "Entity List (744.11)", never the id "nlr". The
// ids stay in the stored lines, the CSV export and the API (they are the stable keys); the screens show these.

const labels: Record<string, string> = {
  "entity-list": "Entity List",
  "denied-persons": "Denied Persons List",
  "military-end-user": "Military end users",
  "russia-belarus-meu": "Military end users in Russia and Belarus (744.21)",
  "ai-diffusion": "AI-diffusion rule (not enforced)",
  "h200-review": "H200-class review policy (91 FR 1684)",
  "unverified-list": "Unverified List",
  treasury: "Treasury sanctions",
  embargo: "Embargoed destination",
  "russia-belarus": "Russia and Belarus rules",
  "advanced-computing": "Advanced computing",
  "crime-control": "Crime control",
  "ultimate-parent": "Ultimate parent's headquarters",
  affiliates: "Affiliates of listed parties",
  "ccl-chart": "Commerce Country Chart",
  "listed-address": "Listed address (744.16)",
  "is-informed": "Is-informed letter",
  classification: "Classification needed",
  "subject-to-ear": "Scope of the EAR",
  nlr: "No licence required",
  licence: "Licence on file",
};

/** A rule id in words; an id this table does not know (a newer rule) is shown as its words. */
export function ruleLabel(id: string): string {
  return labels[id] ?? id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
}
