// The weekly digest: what changed in the last seven days, written for pasting into e-mail (plain text) or Slack
// and wikis (Markdown). Pure: the page gathers the facts, this writes them the same way every time.
import { describeDiff, outcomeLabels, type ListDiffCounts } from "./timeline";

export type DigestFacts = {
  since: Date;
  until: Date;
  listVersions: { label: string; status: string; at: Date; diff: ListDiffCounts | null }[];
  statusChanges: { partyName: string; before: string; after: string }[];
  decisions: { at: Date; partyName: string; listedName: string; decision: string; by: string }[];
  determinations: { at: Date; bomName: string; buyerName: string; destination: string; outcome: string }[];
  standing: {
    openHits: number;
    confirmedMatches: number;
    expiringSoon: number;
    linesBlocked: number;
    linesLicence: number;
  };
  baseUrl: string;
};

const day = (d: Date) => d.toISOString().slice(0, 10);
type Line = { text: string; md: string };
type Section = { title: string; lines: Line[]; empty: string };

function sections(f: DigestFacts): Section[] {
  return [
    {
      title: "Lists",
      empty: "No new list version.",
      lines: f.listVersions.map((v) => ({
        text: `${day(v.at)} ${v.label} (${v.status}): ${describeDiff(v.diff)}`,
        md: `${day(v.at)} **${v.label}** (${v.status}): ${describeDiff(v.diff)}`,
      })),
    },
    {
      title: "Parties whose screening status changed",
      empty: "None.",
      lines: f.statusChanges.map((c) => ({
        text: `${c.partyName}: ${c.before} -> ${c.after}`,
        md: `${c.partyName}: ${c.before} → **${c.after}**`,
      })),
    },
    {
      title: "Decisions",
      empty: "No decisions recorded.",
      lines: f.decisions.map((d) => ({
        text: `${day(d.at)} ${d.partyName} vs ${d.listedName}: ${d.decision} (${d.by})`,
        md: `${day(d.at)} ${d.partyName} vs ${d.listedName}: **${d.decision}** (${d.by})`,
      })),
    },
    {
      title: "BOM checks",
      empty: "No BOM checks.",
      lines: f.determinations.map((d) => {
        const outcome = outcomeLabels[d.outcome] ?? d.outcome;
        return {
          text: `${day(d.at)} ${d.bomName} to ${d.buyerName} (${d.destination}): ${outcome}`,
          md: `${day(d.at)} ${d.bomName} to ${d.buyerName} (${d.destination}): **${outcome}**`,
        };
      }),
    },
  ];
}

function standingLine(s: DigestFacts["standing"]): string {
  return `${s.openHits} hits awaiting a decision, ${s.confirmedMatches} confirmed matches, ${s.expiringSoon} decisions expiring within 30 days; ${s.linesBlocked} BOM lines blocked, ${s.linesLicence} licence required.`;
}

// Markdown special characters in names (a party called "*ACME*") must not turn into formatting
const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");

export function digestText(f: DigestFacts): string {
  const out = [
    `Chokepoint weekly digest, ${day(f.since)} to ${day(f.until)}`,
    "",
    `Standing: ${standingLine(f.standing)}`,
  ];
  for (const s of sections(f)) {
    out.push("", `${s.title}:`);
    out.push(...(s.lines.length ? s.lines.map((l) => `- ${l.text}`) : [`  ${s.empty}`]));
  }
  out.push("", `Overview: ${f.baseUrl}/`);
  return out.join("\n");
}

export function digestMarkdown(f: DigestFacts): string {
  const out = [
    `## Chokepoint weekly digest, ${day(f.since)} to ${day(f.until)}`,
    "",
    `**Standing:** ${standingLine(f.standing)}`,
  ];
  for (const s of sections(f)) {
    out.push("", `### ${s.title}`);
    out.push(...(s.lines.length ? s.lines.map((l) => `- ${escapeMdKeepingBold(l.md)}`) : [`_${s.empty}_`]));
  }
  out.push("", `[Open the overview](${f.baseUrl}/)`);
  return out.join("\n");
}

/** Escapes the names inside a line while keeping the ** the line itself adds. */
function escapeMdKeepingBold(md: string): string {
  return md
    .split("**")
    .map((part) => escapeMd(part))
    .join("**");
}
