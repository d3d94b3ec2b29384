import "server-only";
// The file's rows as read, kept beside the imported data (in the import's transaction) for the problems download.
import type { BulkWriter } from "./bulk";

/** Raw rows are stored this many to a `raw_row` row, so keeping them costs little. */
export const RAW_BLOCK = 500;

export async function writeRawRows(
  w: BulkWriter,
  jobId: string,
  raw: readonly { rowNumber: number; cells: unknown }[],
): Promise<void> {
  const blocks: (string | number)[][] = [];
  for (let i = 0; i < raw.length; i += RAW_BLOCK) {
    const block = raw.slice(i, i + RAW_BLOCK);
    blocks.push([jobId, block[0]!.rowNumber, block.length, JSON.stringify(block.map((r) => r.cells))]);
  }
  await w.insert("raw_row", ["importJobId", "rowNumber", "rowCount", "data"], blocks);
}
