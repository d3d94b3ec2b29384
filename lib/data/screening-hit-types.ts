// A screening run's hits as the hits table shows them, with the decision standing on each.
import type { DecisionState, HitQueue } from "../screening/decisions";
import type { Band } from "../screening/types";

export type RunHitRow = {
  matchId: string;
  partyId: string;
  partyName: string;
  partyKind: string;
  partyCountry: string | null;
  listedName: string;
  matchedName: string;
  sourceCode: string;
  score: number;
  band: Band;
  entryKey: string;
  entryHash: string;
  countries: string;
};

export type DecidedHitRow = RunHitRow & {
  decision: string;
  decisionState: DecisionState["state"];
  decisionVersion: number;
  queue: HitQueue;
  expiry: "expires within 30 days" | "";
};
