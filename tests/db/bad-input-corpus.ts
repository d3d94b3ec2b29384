// A generated corpus of malformed inputs for the import endpoints and the REST API: mutated real files,
// wrong types, huge strings, deep JSON, invalid UTF-8, path-like names. Deterministic (seeded), so a failure
// names the same case on every run.
import fs from "node:fs";
import { seededRandom } from "@/lib/scenarios/uncertainty";

/** The scenario model's seeded generator: the corpus is the same on every run. */
export const random = seededRandom;

export const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
export const deepObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
const INVALID_UTF8 = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc]);
export const pathLike = [
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "/etc/shadow",
  "C:\\boot.ini",
  "%2e%2e%2f%2e%2e%2fetc",
  "....//....//x",
  "\u0000evil",
  "a/b/../../../c",
  "~/.ssh/id_rsa",
  "file:///etc/passwd",
];

/** Values of the wrong type or shape for any field that wants a short string, a number or an object. */
export const wrongValues: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  "",
  " ",
  "\u0000",
  "\u202e",
  "x".repeat(100_001),
  [],
  [[]],
  {},
  { __proto__: { admin: true } },
  [null],
  ["x", 1],
  { name: [] },
  JSON.parse(deepObject(200)),
  JSON.parse(deepArray(200)),
  ...pathLike,
];

export type ApiCase = { label: string; body: string | Buffer; contentType?: string };

/** JSON bodies: each replaces one field of a valid body with a wrong value, plus bodies broken as a whole. */
export function bodiesFrom(valid: Record<string, unknown>, fields: Record<string, unknown[]>): ApiCase[] {
  const out: ApiCase[] = [];
  for (const [field, values] of Object.entries(fields)) {
    values.forEach((v, i) => {
      const body =
        v === undefined
          ? Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field))
          : { ...valid, [field]: v };
      out.push({ label: `${field} #${i} (${preview(v)})`, body: JSON.stringify(body) });
    });
  }
  return [...out, ...brokenBodies(valid)];
}

export function brokenBodies(valid: Record<string, unknown>): ApiCase[] {
  const json = JSON.stringify(valid);
  return [
    { label: "empty body", body: "" },
    { label: "not JSON", body: "names=x&sources=el" },
    { label: "truncated JSON", body: json.slice(0, Math.floor(json.length / 2)) },
    {
      label: "invalid UTF-8 in the JSON structure",
      body: Buffer.concat([Buffer.from(json.slice(0, -1)), INVALID_UTF8, Buffer.from("}")]),
    },
    { label: "invalid UTF-8 only", body: INVALID_UTF8 },
    { label: "array at the root", body: "[]" },
    { label: "string at the root", body: '"hello"' },
    { label: "number at the root", body: "42" },
    { label: "null at the root", body: "null" },
    { label: "deep array (100,000 levels)", body: deepArray(100_000) },
    { label: "deep object (50,000 levels)", body: deepObject(50_000) },
    { label: "body over the size limit", body: JSON.stringify({ ...valid, pad: "x".repeat(6 * 1024 * 1024) }) },
    { label: "trailing garbage", body: `${json}}}}` },
    { label: "duplicate NUL bytes", body: "\u0000".repeat(1000) },
  ];
}

function preview(v: unknown): string {
  const s = typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 30 ? `${s.slice(0, 27)}...` : s;
}

// ---- files ------------------------------------------------------------------------------------------

export type FileCase = { label: string; fileName: string; content: Buffer; kind?: string };

const lines = (b: Buffer) => b.toString("latin1").split(/\r?\n/);
const join = (ls: string[]) => Buffer.from(ls.join("\n"), "latin1");

/**
 * Mutations of one real file that must each be refused: every one breaks a row or the file as a whole, so
 * none can import. `n` variants per mutation, at seeded positions.
 */
export function mutatedFiles(name: string, original: Buffer, rand: () => number, n: number): FileCase[] {
  const ls = lines(original).filter((l) => l.trim() !== "");
  const header = ls[0]!;
  const width = header.split(",").length;
  const pick = () => 1 + Math.floor(rand() * (ls.length - 1));
  const out: FileCase[] = [];
  const add = (label: string, content: Buffer, fileName = name) =>
    out.push({ label: `${name}: ${label}`, fileName, content });
  for (let i = 0; i < n; i++) {
    const at = pick();
    add(`an unterminated quote from row ${at + 1}`, join([...ls.slice(0, at), `"${ls[at]}`, ...ls.slice(at + 1)]));
    add(
      `row ${at + 1} of ${width + 40} cells of 10 kB`,
      join([
        ...ls.slice(0, at),
        Array.from({ length: width + 40 }, () => "z".repeat(10_000)).join(","),
        ...ls.slice(at),
      ]),
    );
    add(
      `path-like file name, an unterminated quote at row ${at + 1}`,
      join([...ls.slice(0, at), `"${ls[at]}`, ...ls.slice(at + 1)]),
      pathLike[i % pathLike.length],
    );
    add(
      `invalid UTF-8 and an unterminated quote at row ${at + 1}`,
      Buffer.concat([join(ls.slice(0, at)), Buffer.from('\n"'), INVALID_UTF8, join(ls.slice(at))]),
    );
  }
  add("header only, then NUL bytes", Buffer.concat([Buffer.from(`${header}\n`), Buffer.alloc(4096)]));
  add("binary: random bytes", Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256))));
  add("the header replaced by invalid UTF-8", Buffer.concat([INVALID_UTF8, Buffer.from("\n"), join(ls.slice(1))]));
  return out;
}

export function fileCorpus(rand: () => number): FileCase[] {
  // the team's fixtures in the real layouts (the real exports stay in ../shared/reference) and the demo BOMs
  const real = [
    "tests/fixtures/bom-kicad-grouped.csv",
    "tests/fixtures/bom-kicad-legacy.csv",
    "tests/fixtures/bom-altium.csv",
    "data/demo/boms/ai-camera-v2.csv",
    "data/demo/boms/gpu-server-8x.csv",
  ];
  const out: FileCase[] = [];
  for (const f of real) out.push(...mutatedFiles(f.split("/").pop()!, fs.readFileSync(f), rand, 4));
  const empty = (label: string, fileName: string, content: string | Buffer) =>
    out.push({ label, fileName, content: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  empty(
    "a NUL inside a description cell",
    "nul-cell.csv",
    "manufacturer,mpn,description,quantity\nAcme,P1,Part\u0000one,1\nAcme,P2,Part two,-2\n",
  );
  empty("empty file", "empty.csv", "");
  empty("whitespace only", "blank.csv", " \n\t\n\n");
  empty("a byte-order mark only", "bom-only.csv", Buffer.from([0xef, 0xbb, 0xbf]));
  empty("one NUL", "nul.csv", Buffer.alloc(1));
  empty("JSON: not JSON", "list.json", "{ results: [");
  empty("JSON: deep array", "deep.json", deepArray(100_000));
  empty("JSON: deep object", "deep-object.json", deepObject(50_000));
  empty("JSON: results is a string", "results.json", '{"results": "everyone"}');
  empty("JSON: records are numbers", "numbers.json", '{"results": [1, 2, 3]}');
  empty("JSON: a record is null", "null.json", '{"results": [null]}');
  empty("JSON: invalid UTF-8", "bad-utf8.json", Buffer.concat([Buffer.from('{"results": ['), INVALID_UTF8]));
  return out;
}
