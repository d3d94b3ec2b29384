import "server-only";
// `regs update`: fetch parts 738, 740 and 774 of title 15 as the eCFR printed them on a date from the versioner
// API, parse them into one RegulationVersion, diff it against the version in force before it, and store it:
// active, or quarantined when the structural-change detector (lib/regs/diff.ts) finds the tables' shape changed.
// The version row and its audit entry commit together.
import { AppError } from "../errors";
import { withAudit, type AuditActor } from "./update-regulations-audit";
import { getRegulationVersion, previousRegulation, type StoredRegulationDiff } from "../data/regulations";
import { storeRegulationVersion } from "../data/writes/regulations";
import { describeDiff, diffRegulations, isEmptyDiff, structuralProblems } from "../regs/diff";
import { DEFAULT_ECFR_BASE, ecfrPartUrl, ecfrParts, regulationFromEcfr, type EcfrPart } from "../regs/ecfr-version";
import { EcfrParseError } from "../regs/ecfr-xml";
import { isIsoDate } from "../regs/in-force";
import type { RegulationVersion } from "../regs/types";

/** The versioner's base URL: --url, else CHOKEPOINT_ECFR_URL, else the eCFR itself. */
export function ecfrBaseUrl(flag: string | undefined, env: Record<string, string | undefined> = process.env): string {
  const raw = flag ?? env.CHOKEPOINT_ECFR_URL ?? DEFAULT_ECFR_BASE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("INVALID_INPUT", `eCFR base URL "${raw}" is not a URL: give one like ${DEFAULT_ECFR_BASE}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new AppError("INVALID_INPUT", `eCFR base URL "${raw}" must be http or https`);
  return raw.replace(/\/+$/, "");
}

export type RegsProgress = { part: EcfrPart; phase: "fetching" | "fetched" | "parsed"; url: string; bytes?: number };

export type RegsUpdateOptions = {
  date: string;
  baseUrl: string;
  actor: AuditActor;
  now?: Date;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  onProgress?: (p: RegsProgress) => void;
  /**
   * The shipped baseline: with no stored version before the date, the new one is diffed and checked for structural
   * change against it, so the very first load from the eCFR is not put in force unchecked.
   */
  baseline?: RegulationVersion | null;
};

export type RegsUpdateResult = {
  status: "active" | "quarantined" | "unchanged";
  id: string;
  previousVersionId: string | null;
  /** what the changes are against: the stored version before, or "baseline <id>" */
  comparedWith: string | null;
  changes: string[];
  problems: string[];
  counts: { chartRows: number; cclEntries: number; licenceExceptions: number; countryGroups: number };
};

async function fetchPart(part: EcfrPart, url: string, fetchImpl: typeof fetch, timeoutMs: number): Promise<string> {
  let res: Response;
  try {
    res = await fetchImpl(url, { headers: { accept: "application/xml" }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new AppError(
      "CONFIG",
      `part ${part}: could not reach ${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`,
      { cause: e },
    );
  }
  if (!res.ok) {
    const body = (await res.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 200);
    throw new AppError(
      "INVALID_INPUT",
      `part ${part}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""} from ${url}${body ? `: ${body}` : ""}${
        res.status === 400 || res.status === 404
          ? " (if the date is later than the eCFR's latest issue of title 15, give an earlier --date)"
          : ""
      }`,
    );
  }
  return res.text();
}

export async function updateRegulations(opts: RegsUpdateOptions): Promise<RegsUpdateResult> {
  if (!isIsoDate(opts.date))
    throw new AppError("INVALID_INPUT", `--date "${opts.date}" is not a date: give YYYY-MM-DD (an eCFR date)`);
  const fetchImpl = opts.fetchImpl ?? fetch;
  const xml = {} as Record<EcfrPart, string>;
  for (const part of ecfrParts) {
    const url = ecfrPartUrl(opts.baseUrl, opts.date, part);
    opts.onProgress?.({ part, phase: "fetching", url });
    xml[part] = await fetchPart(part, url, fetchImpl, opts.timeoutMs ?? 120_000);
    opts.onProgress?.({ part, phase: "fetched", url, bytes: Buffer.byteLength(xml[part]) });
  }
  const retrievedAt = opts.now ?? new Date();
  const sourceUrl = ecfrPartUrl(opts.baseUrl, opts.date, "738");
  let parsed: ReturnType<typeof regulationFromEcfr>;
  try {
    parsed = regulationFromEcfr(xml, { date: opts.date, url: sourceUrl, retrievedAt: retrievedAt.toISOString() });
  } catch (e) {
    if (e instanceof EcfrParseError)
      throw new AppError("INVALID_INPUT", `parse error in <${e.element}>: ${e.message}`, { cause: e });
    throw e;
  }
  for (const part of ecfrParts)
    opts.onProgress?.({ part, phase: "parsed", url: ecfrPartUrl(opts.baseUrl, opts.date, part) });
  const { version, issues } = parsed;
  const counts = {
    chartRows: Object.keys(version.countryChart.rows).length,
    cclEntries: Object.keys(version.ccl).length,
    licenceExceptions: version.licenceExceptions.length,
    countryGroups: Object.keys(version.countryGroups).length,
  };

  const stored = await getRegulationVersion(opts.date);
  if (stored && stored.status !== "rejected" && isEmptyDiff(diffRegulations(stored.payload, version)))
    return {
      status: "unchanged",
      id: opts.date,
      previousVersionId: stored.previousVersionId,
      comparedWith: null,
      changes: [],
      problems: [],
      counts,
    };

  const storedPrevious = await previousRegulation(opts.date);
  const previous = storedPrevious ?? opts.baseline ?? null;
  const problems = structuralProblems(version, previous, issues);
  if (stored && stored.status !== "rejected")
    problems.push(`the eCFR returned different tables for ${opts.date}, a date already loaded (${stored.status})`);
  const diff = previous ? diffRegulations(previous, version) : null;
  const against = storedPrevious ? previous!.id : `baseline ${previous?.id}`;
  const storedDiff: StoredRegulationDiff | null = diff ? { against, lines: describeDiff(diff), diff } : null;
  const status = problems.length ? "quarantined" : "active";
  await withAudit(
    opts.actor,
    (tx) =>
      storeRegulationVersion(tx, {
        version,
        status,
        previousVersionId: storedPrevious?.id ?? null,
        diff: storedDiff,
        quarantineReason: problems.length ? problems.join("\n") : null,
        sourceUrl,
        retrievedAt,
        actor: opts.actor,
      }),
    () => ({
      action: status === "active" ? "regulation-version.loaded" : "regulation-version.quarantined",
      entityType: "regulation-version",
      entityId: version.id,
      after: {
        status,
        source: sourceUrl,
        previousVersionId: storedPrevious?.id ?? null,
        counts,
        changes: storedDiff?.lines.length ?? null,
        problems,
      },
    }),
  );
  return {
    status,
    id: version.id,
    previousVersionId: storedPrevious?.id ?? null,
    comparedWith: previous ? against : null,
    changes: storedDiff?.lines ?? [],
    problems,
    counts,
  };
}
