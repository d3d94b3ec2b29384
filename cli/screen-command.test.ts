import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { partiesFrom } from "./screen-command";

const tmp = (name: string, content: string | Uint8Array) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parties-")), name);
  fs.writeFileSync(file, content);
  return file;
};
async function all(file: string) {
  const batches = [];
  for await (const b of partiesFrom(file)) batches.push(b);
  return batches;
}

describe("partiesFrom (the screen command's parties CSV)", () => {
  it("reads name, country and address by header, skipping rows without a name, in batches of 1,000", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `CN,Party ${i}`);
    const batches = await all(tmp("p.csv", `\uFEFFCountry,Name\n${rows.join("\n")}\n,\n`));
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 500]);
    expect(batches[0]![0]).toEqual({ name: "Party 0", country: "CN", address: null });
  });
  it("decodes UTF-16 and uses the address column when present", async () => {
    const text = 'name,country,address\n商汤科技,CN,"Xuhui District, Shanghai"\n';
    const [batch] = await all(tmp("u16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])));
    expect(batch).toEqual([{ name: "商汤科技", country: "CN", address: "Xuhui District, Shanghai" }]);
  });
  it("says which columns it found when there is no name column", async () => {
    await expect(all(tmp("n.csv", "company,country\nA,CN\n"))).rejects.toThrow(
      'n.csv, row 1: no "name" column (found: company, country)',
    );
  });
  it("refuses a file cut inside a quoted field, an empty file and binary content", async () => {
    await expect(all(tmp("t.csv", 'name,country\nA,CN\n"Hangzhou Lakeview, Ltd,CN\n'))).rejects.toThrow(
      /t\.csv, row 3: a quoted field runs to the end of the file/,
    );
    await expect(all(tmp("e.csv", ""))).rejects.toThrow("e.csv: the file is empty");
    await expect(all(tmp("z.csv", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 8])))).rejects.toThrow(
      /z\.csv: the file is not text/,
    );
  });
});
