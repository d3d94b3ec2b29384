import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasShared, sharedFile } from "../testing/shared-reference";
import { INVALID_ENCODING, inspectFile, type ParseProblem, READ_CHUNK_BYTES, rowBatches } from "./row-stream";

const tmp = (name: string, content: string | Uint8Array) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rows-")), name);
  fs.writeFileSync(file, content);
  return file;
};
async function allRows(file: string) {
  const info = await inspectFile(file);
  const rows: string[][] = [];
  const problems: ParseProblem[] = [];
  for await (const b of rowBatches(file, info, { onProblem: (p) => problems.push(p) })) rows.push(...b.rows);
  return { info, rows, problems };
}
// A UTF-8 file of `lines` data lines (row i is line i, the header row 0); `spliced` bytes replace the quantity of the rows given
const utf8File = (name: string, lines: number, spliced: Record<number, Uint8Array>) => {
  const parts: Uint8Array[] = [Buffer.from("reference,manufacturer,mpn,quantity\n")];
  for (let i = 1; i <= lines; i++)
    parts.push(Buffer.from(`R${i},Yageo,RC0603FR-0710KL,`), spliced[i] ?? Buffer.from("1"), Buffer.from("\n"));
  return tmp(name, Buffer.concat(parts));
};

describe("rowBatches", () => {
  it.skipIf(!hasShared("streaming the real CSL snapshot", "csl/csl-snapshot-2023-11-subset.csv"))(
    "streams every row of the real CSL snapshot",
    async () => {
      const { rows } = await allRows(sharedFile("csl/csl-snapshot-2023-11-subset.csv"));
      expect(rows.length).toBe(4229); // header + 4,227 data lines (one a repeated header) + the truncated last record
      expect(rows[0]![1]).toBe("source");
    },
  );
  it("streams every row of a CSL file in the current layout (team fixture)", async () => {
    const { rows } = await allRows("tests/fixtures/csl-current-layout.csv");
    expect(rows.length).toBe(7);
    expect(rows[0]![1]).toBe("source");
    expect(rows[1]![5]).toBe("INVENTED Example Photonics Co., Ltd.");
  });
  it("reads a semicolon file by guessing the delimiter (team fixture in the legacy KiCad layout)", async () => {
    const { rows } = await allRows("tests/fixtures/bom-kicad-legacy.csv");
    expect(rows[1]!.slice(0, 3)).toEqual(["C1", "100nF", "Murata"]);
  });
  it("decodes UTF-16LE with a BOM", async () => {
    const file = tmp(
      "u16.csv",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("name,country\n商汤,CN\n", "utf16le")]),
    );
    const { info, rows } = await allRows(file);
    expect(info.encoding).toBe("utf-16le");
    expect(rows[1]).toEqual(["商汤", "CN"]);
  });
  it("decodes Windows-1252", async () => {
    const file = tmp(
      "w.csv",
      Buffer.from([...Buffer.from("name,city\nRheinland,D"), 0xfc, ...Buffer.from("sseldorf\n")]),
    );
    const { info, rows } = await allRows(file);
    expect(info.encoding).toBe("windows-1252");
    expect(rows[1]).toEqual(["Rheinland", "Düsseldorf"]);
  });
  it("strips a UTF-8 byte-order mark from the first header", async () => {
    const { rows } = await allRows(tmp("b.csv", "\uFEFFname,country\nA,DE\n"));
    expect(rows[0]).toEqual(["name", "country"]);
  });
  it("reports the row of a Windows-1252 byte deep in a UTF-8 file, which detection never saw", async () => {
    const u = Buffer.from([0x4d, 0xfc, 0x6e]); // "Mün" in Windows-1252: 0xFC alone is not UTF-8
    const file = utf8File("mixed.csv", 12000, { 5000: u });
    expect(fs.statSync(file).size).toBeGreaterThan(2 * READ_CHUNK_BYTES); // beyond the 64 KiB head and the first batch
    const { info, rows, problems } = await allRows(file);
    expect(info.encoding).toBe("utf-8");
    expect(problems).toEqual([
      {
        row: 5000,
        code: INVALID_ENCODING,
        message: "bytes that are not valid UTF-8 (the file mixes encodings: save it as UTF-8)",
      },
    ]);
    expect(rows[5000]![3]).toBe("M\uFFFDn");
  });
  it("reports each row with undecodable bytes, including one whose quoted field spans a batch boundary", async () => {
    const line = (i: number) => `R${i},Yageo,RC0603FR-0710KL,1\n`;
    let text = "reference,manufacturer,mpn,quantity\n";
    let i = 1;
    while (Buffer.byteLength(text) < READ_CHUNK_BYTES - 100) text += line(i++);
    const spanning = i; // its quoted note starts before the first chunk ends and its bad byte lies after
    const file = tmp(
      "spans.csv",
      Buffer.concat([
        Buffer.from(text + `R${spanning},Yageo,"a note\n${"x".repeat(200)}`),
        Buffer.from([0xe9]),
        Buffer.from(`",1\n${line(spanning + 1)}R${spanning + 2},Yageo,`),
        Buffer.from([0x96]),
        Buffer.from(",1\n"),
      ]),
    );
    const { problems } = await allRows(file);
    expect(problems.map((p) => p.row)).toEqual([spanning, spanning + 2]);
  });
  it("reports nothing for a clean UTF-8 file whose multi-byte characters straddle batch boundaries", async () => {
    const lines = Math.ceil((3 * READ_CHUNK_BYTES) / 14);
    const bytes = Buffer.from("name,city\n" + "商汤,深圳\n".repeat(lines)); // 14-byte lines of 3-byte characters
    expect(bytes[READ_CHUNK_BYTES]! & 0xc0).toBe(0x80); // the first batch ends inside a character
    const { rows, problems } = await allRows(tmp("clean.csv", bytes));
    expect(problems).toEqual([]);
    expect(rows[lines]).toEqual(["商汤", "深圳"]);
  });
  it("reports a lone surrogate in UTF-16", async () => {
    const body = Buffer.from("name,country\nACME,DE\nX", "utf16le");
    const file = tmp(
      "lone.csv",
      Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from([0x00, 0xd8]), Buffer.from(",CN\n", "utf16le")]),
    );
    const { problems } = await allRows(file);
    expect(problems.filter((p) => p.code === INVALID_ENCODING)).toEqual([
      { row: 2, code: INVALID_ENCODING, message: "text that is not valid UTF-16LE (save the file as UTF-8)" },
    ]);
  });
  it("reports a U+FFFD written as valid UTF-8 too: rare, and mostly an earlier mis-decoding saved back", async () => {
    const { problems } = await allRows(tmp("fffd.csv", "name,city\nA,D\uFFFDsseldorf\n"));
    expect(problems.filter((p) => p.code === INVALID_ENCODING).map((p) => p.row)).toEqual([1]);
  });
  it("refuses an empty file and binary content", async () => {
    await expect(inspectFile(tmp("e.csv", ""))).rejects.toThrow("the file is empty");
    await expect(inspectFile(tmp("z.csv", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 8])))).rejects.toThrow(/not text/);
  });
  it.each([
    ["UTF-8", "utf8"],
    ["UTF-16LE", "utf16le"],
  ] as const)("reads no further ahead of a slow consumer than a few batches (%s)", async (_name, enc) => {
    // 8 MiB of text: were the stream left running while the consumer works, it would be read whole
    // before the second batch is taken
    const line = 'R1,Yageo,RC0603FR-0710KL,"10k, 1%",4\n';
    const lines = Math.ceil((8 << 20) / line.length);
    const text = "reference,manufacturer,mpn,description,quantity\n" + line.repeat(lines);
    const file = tmp(
      `slow-${enc}.csv`,
      enc === "utf8" ? text : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
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
