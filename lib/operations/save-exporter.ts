import "server-only";
// An administrator names the company running the checks and records the is-informed letters it received; each
// change and its audit entry commit together.
import { randomUUID } from "node:crypto";
import { EXPORTER_NAME_KEY, IS_INFORMED_KEY, exporterName, isInformedLetters } from "../data/exporter";
import type { AuditActor } from "../data/audit";
import { withAudit } from "../data/writes/audit-append";
import { AppError } from "../errors";
import type { IsInformedLetter } from "../rules/is-informed";
import type { NewLetter } from "../rules/is-informed-input";

type Actor = AuditActor;

export async function setExporterName(name: string, actor: Actor): Promise<string> {
  const next = name.trim();
  if (!next || next.length > 200) throw new AppError("INVALID_INPUT", "Name the exporter (1 to 200 characters).");
  const before = await exporterName();
  await withAudit(
    actor,
    (tx) =>
      tx.setting.upsert({
        where: { key: EXPORTER_NAME_KEY },
        create: { key: EXPORTER_NAME_KEY, value: next },
        update: { value: next },
      }),
    () => ({ action: "exporter.name", entityType: "setting", entityId: EXPORTER_NAME_KEY, before, after: next }),
  );
  return next;
}

export async function addIsInformedLetter(letter: NewLetter, actor: Actor): Promise<IsInformedLetter> {
  const before = await isInformedLetters();
  const added: IsInformedLetter = { id: randomUUID(), ...letter };
  const after = [...before, added];
  await withAudit(
    actor,
    (tx) =>
      tx.setting.upsert({
        where: { key: IS_INFORMED_KEY },
        create: { key: IS_INFORMED_KEY, value: after },
        update: { value: after },
      }),
    () => ({
      action: "exporter.is-informed-letter",
      entityType: "setting",
      entityId: added.id,
      before: null,
      after: added,
    }),
  );
  return added;
}
