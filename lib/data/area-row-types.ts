// The rows of the area pages' tables (lib/data/area-rows.ts reads them): types only, for components.
export type PartyRow = { id: string; name: string; kind: string; country: string | null; isDemo: boolean };

export type BomRow = {
  id: string;
  name: string;
  format: string | null;
  isDemo: boolean;
  lines: number;
  sourceNote: string | null;
  product: string | null;
};

export type BomLineRow = {
  id: number;
  lineNo: number;
  references: string | null;
  manufacturer: string | null;
  mpn: string | null;
  description: string | null;
  quantity: number;
  eccn: string | null;
  dnp: boolean;
  /** the latest compliance classification (override) of the line, if any */
  classifiedAs: string | null;
};

export type ImportJobRow = {
  id: string;
  kind: string;
  format: string | null;
  fileName: string;
  fileSha256: string;
  status: string;
  who: string;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  rowsInvalid: number;
  errorCount: number;
  durationMs: number | null;
  createdAt: string;
  resultType: string | null;
  resultId: string | null;
};

/** What every view of a list version shows: which list, which state, how many entries, why it waits. */
type ListVersionFields = {
  id: string;
  label: string;
  listKind: string;
  status: string;
  publishedOn: string | null;
  entryCount: number;
  createdAt: string;
  quarantineReason: string | null;
};

export type ListVersionRow = ListVersionFields & {
  diff: { added: number; removed: number; changed: number } | null;
};

export type ListVersionDetail = ListVersionFields & {
  sourceCounts: Record<string, number>;
  previousVersionId: string | null;
  fileName: string;
};

export type FinancialRow = {
  productLine: string;
  segment: string;
  period: string;
  revenueMinor: string;
  costMinor: string;
  currency: string;
  isEstimate: boolean;
};

export type ListedEntryRow = {
  id: string;
  sourceCode: string;
  name: string;
  countries: string;
  startDate: string | null;
  licensePolicy: string | null;
};
