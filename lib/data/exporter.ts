import "server-only";
// The company running the checks and the is-informed letters it holds, kept as settings (a short register an
// administrator maintains; lib/rules/is-informed.ts applies it).
import { db } from "../db";
import type { Exporter, IsInformedLetter } from "../rules/is-informed";

export const EXPORTER_NAME_KEY = "exporter.name";
export const IS_INFORMED_KEY = "exporter.is-informed-letters";

export async function exporterName(): Promise<string | null> {
  const row = await db().setting.findUnique({ where: { key: EXPORTER_NAME_KEY } });
  return typeof row?.value === "string" && row.value ? row.value : null;
}

export async function isInformedLetters(): Promise<IsInformedLetter[]> {
  const row = await db().setting.findUnique({ where: { key: IS_INFORMED_KEY } });
  return Array.isArray(row?.value) ? (row.value as IsInformedLetter[]) : [];
}

/** The exporter a check runs for; none until an administrator names the company. */
export async function exporterForChecks(): Promise<Exporter | null> {
  const [name, letters] = await Promise.all([exporterName(), isInformedLetters()]);
  return name ? { name, letters } : null;
}
