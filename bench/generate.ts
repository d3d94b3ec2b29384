// Deterministic benchmark data: a 2,000,000-line BOM (about 200 MB, quoted fields with commas and escaped
// quotes) and a 30,000-entry CSL-layout list with aliases and addresses, plus an edited copy of it.
import fs from "node:fs";
import path from "node:path";
import { outDir, prng } from "./lib";

const manufacturers = [
  "Yageo",
  "Murata",
  "Texas Instruments",
  '"Samsung, Electro-Mechanics"',
  "Vishay",
  "NXP",
  "Analog Devices",
  "Kemet",
  "TDK",
  "Micron",
];
const kinds = ["Resistor", "Capacitor", "Crystal", "Inductor", "Connector", "IC", "Diode", "LED"];
const packages = ["0402", "0603", "BGA-484", "QFN-32", "SOT-23", "TSSOP-16"];

export async function generateBom(file: string, lines: number): Promise<void> {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const rand = prng(42);
  const out = fs.createWriteStream(`${file}.tmp`);
  let buf = "manufacturer,mpn,description,quantity,reference,unit_price,currency,eccn,country_of_origin\n";
  for (let i = 1; i <= lines; i++) {
    const m = manufacturers[Math.floor(rand() * manufacturers.length)]!;
    const k = kinds[Math.floor(rand() * kinds.length)]!;
    const p = packages[Math.floor(rand() * packages.length)]!;
    const quoted = rand() < 0.3 ? ` ""automotive""` : "";
    buf += `${m},MPN${(i * 7919) % 1_000_003}X${Math.floor(rand() * 1000)},"${k}, ${p}, ${(rand() * 100).toFixed(1)}k${quoted}",${1 + Math.floor(rand() * 64)},R${i},${(rand() * 100).toFixed(4)},USD,EAR99,${rand() < 0.5 ? "CN" : "TW"}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once("drain", () => r()));
      buf = "";
    }
  }
  out.write(buf);
  await new Promise<void>((r) => out.end(() => r()));
  fs.renameSync(`${file}.tmp`, file);
}

const sources = [
  ["Entity List (EL) - Bureau of Industry and Security", 0.25],
  ["Specially Designated Nationals (SDN) - Treasury Department", 0.45],
  ["Denied Persons List (DPL) - Bureau of Industry and Security", 0.1],
  ["Unverified List (UVL) - Bureau of Industry and Security", 0.1],
  ["Military End User (MEU) List - Bureau of Industry and Security", 0.1],
] as const;
const words = [
  "Beijing",
  "Shanghai",
  "Shenzhen",
  "Moscow",
  "Tehran",
  "Dubai",
  "Advanced",
  "Electronics",
  "Technology",
  "Industrial",
  "Trading",
  "Systems",
  "Aviation",
  "Research",
  "Institute",
  "Semiconductor",
  "Precision",
  "Optics",
  "Marine",
  "Energy",
  "Group",
  "Holding",
  "International",
  "Microwave",
  "Photonics",
  "Defense",
  "Logistics",
];
const countries = ["CN", "RU", "IR", "AE", "HK", "PK", "TR", "BY", "MY", "SG"];
const cslHeader =
  "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export type CslRow = { source: string; name: string; aliases: string[]; addresses: string[]; policy: string };

export function cslRows(n: number): CslRow[] {
  const rand = prng(7);
  const rows: CslRow[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    let acc = 0;
    const source = sources.find(([, share]) => (acc += share) >= r)?.[0] ?? sources[0][0];
    const w = () => words[Math.floor(rand() * words.length)]!;
    const name = `${w()} ${w()} ${w()} ${i.toString(36).toUpperCase()} Co., Ltd.`;
    const c = countries[Math.floor(rand() * countries.length)]!;
    rows.push({
      source,
      name,
      aliases: Array.from({ length: Math.floor(rand() * 3) }, (_, j) => `${w()} ${w()} ${i}-${j}`),
      addresses: Array.from(
        { length: 1 + Math.floor(rand() * 2) },
        () => `${Math.floor(rand() * 900) + 1} ${w()} Road, ${w()}, ${c}`,
      ),
      policy: rand() < 0.5 ? "Presumption of denial." : "Case-by-case review.",
    });
  }
  return rows;
}

export function writeCsl(file: string, rows: CslRow[]): void {
  const columns = cslHeader.split(",");
  const lines = [cslHeader];
  for (const r of rows) {
    // the current CSL layout; columns a Chokepoint import does not read stay empty
    const cells: Record<string, string> = {
      source: r.source,
      name: r.name,
      addresses: r.addresses.join("; "),
      federal_register_notice: "84 FR 54002",
      start_date: "2019-10-09",
      license_requirement: "For all items subject to the EAR.",
      license_policy: r.policy,
      source_list_url: "https://www.bis.doc.gov",
      alt_names: r.aliases.join("; "),
    };
    lines.push(columns.map((c) => q(cells[c] ?? "")).join(","));
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join("\n") + "\n");
}

/** The edited copy: 1 % removed, 1 % added, 1 % with a changed policy, 1 % with an extra alias. */
export function editedCsl(rows: CslRow[]): CslRow[] {
  const out = rows
    .filter((_, i) => i % 100 !== 0)
    .map((r, i) =>
      i % 100 === 1
        ? { ...r, policy: r.policy === "Case-by-case review." ? "Presumption of denial." : "Case-by-case review." }
        : i % 100 === 2
          ? { ...r, aliases: [...r.aliases, "Added Alias"] }
          : r,
    );
  for (let i = 0; i < rows.length / 100; i++)
    out.push({ ...rows[i * 100]!, name: `Newly Listed ${i} Technology Co., Ltd.` });
  return out;
}

export const files = {
  bom: path.join(outDir, "bom-2m.csv"),
  csl: path.join(outDir, "csl-30k.csv"),
  cslEdited: path.join(outDir, "csl-30k-edited.csv"),
};
