// The shapes screening works on and answers with. Pure data: lib/data/screening.ts loads entries from the
// database, the API, CLI and UI render hits.

export type ListRef = { id: string; label: string; publishedOn: string | null };

/** One listed entry as screening needs it: its names, where it is, and which list version it came from. */
export type ScreenableEntry = {
  id: string;
  entryKey: string;
  contentHash: string;
  sourceCode: string;
  listKind: "csl" | "internal";
  name: string;
  /** source: where a known alias came from (an alias file's row); the list's own aliases have none */
  aliases: { name: string; kind: "alias" | "acronym"; source?: string }[];
  /** ISO 3166 alpha-2 codes of the entry's addresses */
  countries: string[];
  addresses: string | null;
  listVersion: ListRef;
};

export type Thresholds = { match: number; review: number };
export const defaultThresholds: Thresholds = { match: 85, review: 70 };

/** match and review come from the score; related is a review for a name that shares what makes a listed name distinctive. */
export type Band = "match" | "review" | "related";
export type ScreeningStatus = "match" | "review" | "clear";

export type TokenAlignment = {
  query: string;
  listed: string | null;
  /** 0-1: 1 for the same token, the Jaro-Winkler value for a one-letter typo */
  similarity: number;
  /** rarity weight learned from the list: common words ("beijing", "technology") weigh little */
  weight: number;
  /** points of the 0-100 name score this pair earned */
  contribution: number;
};

export type Evidence = { effect: number; note: string };

export type Explanation = {
  matchedName: string;
  /** address: the party's address met an address-only Entity List entry (lib/addresses/), not its name */
  matchedKind: "name" | "alias" | "acronym" | "address";
  /** where the matched alias came from when it is not the list's own (an alias file's source column) */
  matchedSource?: string;
  /** for an address hit: the party's address that met the listed one, and which parts agreed */
  listedAddress?: { party: string; strength: "match" | "review"; agreed: string[]; unknown: string[] };
  tokens: TokenAlignment[];
  unmatchedListed: { token: string; weight: number }[];
  /** the name similarity alone, 0-100, before country and address evidence */
  nameScore: number;
  country: Evidence | null;
  address: Evidence | null;
  thresholds: Thresholds;
  listVersion: ListRef;
  reasons: string[];
};

export type Hit = {
  entryId: string;
  entryKey: string;
  contentHash: string;
  sourceCode: string;
  listedName: string;
  score: number;
  band: Band;
  countries: string[];
  explanation: Explanation;
};

export type ScreeningQuery = { name: string; country?: string | null; address?: string | null };
export type ScreeningResult = { input: string; status: ScreeningStatus; hits: Hit[] };
