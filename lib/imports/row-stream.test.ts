import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inspectFile, READ_CHUNK_BYTES, rowBatches } from "./row-stream";

const tmp = (name: string, content: string | Uint8Array) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rows-")), name);
  fs.writeFileSync(file, content);
  return file;
};
async function allRows(file: string) {
  const info = await inspectFile(file);
  const rows: string[][] = [];
  for await (const b of rowBatches(file, info)) rows.push(...b.rows);
  return { info, rows };
}

describe("rowBatches", () => {
  it("streams every row of the real CSL snapshot", async () => {
    const { rows } = await allRows("data/csl/csl-snapshot-2023-11-subset.csv");
    expect(rows.length).toBe(4229); // header + 4,227 data lines (one a repeated header) + the truncated last record
    expect(rows[0]![1]).toBe("source");
  });
  it("reads a semicolon file by guessing the delimiter", async () => {
    const { rows } = await allRows("data/boms/hackrf-one-bom-2014.csv");
    expect(rows[1]!.slice(0, 3)).toEqual(["C1", "33pF", "Murata"]);
  });
  it("decodes UTF-16LE with a BOM", async () => {
    const file = tmp("u16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("name,country\n商汤,CN\n", "utf16le")]));
    const { info, rows } = await allRows(file);
    expect(info.encoding).toBe("utf-16le");
    expect(rows[1]).toEqual(["商汤", "CN"]);
  });
  it("decodes Windows-1252", async () => {
    const file = tmp("w.csv", Buffer.from([...Buffer.from("name,city\nRheinland,D"), 0xfc, ...Buffer.from("sseldorf\n")]));
    const { info, rows } = await allRows(file);
    expect(info.encoding).toBe("windows-1252");
    expect(rows[1]).toEqual(["Rheinland", "Düsseldorf"]);
  });
  it("strips a UTF-8 byte-order mark from the first header", async () => {
    const { rows } = await allRows(tmp("b.csv", "\uFEFFname,country\nA,DE\n"));
    expect(rows[0]).toEqual(["name", "country"]);
  });
  it("refuses an empty file and binary content", async () => {
    await expect(inspectFile(tmp("e.csv", ""))).rejects.toThrow("the file is empty");
    await expect(inspectFile(tmp("z.csv", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 8])))).rejects.toThrow(/not text/);
  });
  it.each([["UTF-8", "utf8"], ["UTF-16LE", "utf16le"]] as const)("reads no further ahead of a slow consumer than a few batches (%s)", async (_name, enc) => {
    // 8 MiB of text: were the stream left running while the consumer works, it would be read whole
    // before the second batch is taken
    const line = "R1,Yageo,RC0603FR-0710KL,\"10k, 1%\",4\n";
    const lines = Math.ceil((8 << 20) / line.length);
    const text = "reference,manufacturer,mpn,description,quantity\n" + line.repeat(lines);
    const file = tmp(`slow-${enc}.csv`, enc === "utf8" ? text : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const info = await inspectFile(file);
    const bytesPerChar = enc === "utf8" ? 1 : 2;
    let rows = 0;
    let furthestAhead = 0;
    for await (const b of rowBatches(file, info)) {
      rows += b.rows.length;
      const consumedBytes = b.firstRowIndex * line.length * bytesPerChar;
      furthestAhead = Math.max(furthestAhead, b.bytesRead - consumedBytes);
      await new Promise((r) => setTimeout(r, 2)); // the consumer writing the batch
    }
    expect(rows).toBe(lines + 1); // the header and the lines
    expect(furthestAhead).toBeLessThanOrEqual(4 * READ_CHUNK_BYTES);
  });
});
