-- No code wrote classification overrides or determination lines before this migration, so their bomLineId
-- columns are empty when it runs; BOM lines keep their data and get new integer ids.
/*
  Warnings:

  - The primary key for the `bom_line` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - You are about to alter the column `id` on the `bom_line` table. The data in that column could be lost. The data in that column will be cast from `String` to `Int`.
  - You are about to alter the column `bomLineId` on the `classification_override` table. The data in that column could be lost. The data in that column will be cast from `String` to `Int`.
  - You are about to alter the column `bomLineId` on the `determination_line` table. The data in that column could be lost. The data in that column will be cast from `String` to `Int`.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_bom_line" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bomId" TEXT NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "rowNumber" INTEGER,
    "references" TEXT,
    "manufacturer" TEXT,
    "mpn" TEXT,
    "description" TEXT,
    "quantity" INTEGER NOT NULL,
    "unitPriceE4" BIGINT,
    "currency" TEXT,
    "eccn" TEXT,
    "countryOfOrigin" TEXT,
    "usContentBp" INTEGER,
    "dnp" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "bom_line_bomId_fkey" FOREIGN KEY ("bomId") REFERENCES "bom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_bom_line" ("bomId", "countryOfOrigin", "currency", "description", "dnp", "eccn", "id", "lineNo", "manufacturer", "mpn", "quantity", "references", "rowNumber", "unitPriceE4", "usContentBp") SELECT "bomId", "countryOfOrigin", "currency", "description", "dnp", "eccn", "id", "lineNo", "manufacturer", "mpn", "quantity", "references", "rowNumber", "unitPriceE4", "usContentBp" FROM "bom_line";
DROP TABLE "bom_line";
ALTER TABLE "new_bom_line" RENAME TO "bom_line";
CREATE INDEX "bom_line_bomId_lineNo_idx" ON "bom_line"("bomId", "lineNo");
CREATE TABLE "new_classification_override" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bomLineId" INTEGER NOT NULL,
    "eccn" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "classification_override_bomLineId_fkey" FOREIGN KEY ("bomLineId") REFERENCES "bom_line" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_classification_override" ("bomLineId", "createdAt", "createdById", "eccn", "id", "note") SELECT "bomLineId", "createdAt", "createdById", "eccn", "id", "note" FROM "classification_override";
DROP TABLE "classification_override";
ALTER TABLE "new_classification_override" RENAME TO "classification_override";
CREATE INDEX "classification_override_bomLineId_idx" ON "classification_override"("bomLineId");
CREATE TABLE "new_determination_line" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "determinationId" TEXT NOT NULL,
    "bomLineId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "eccn" TEXT,
    "ruleIds" TEXT NOT NULL,
    "citations" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    CONSTRAINT "determination_line_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "licence_determination" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_determination_line" ("bomLineId", "citations", "determinationId", "eccn", "id", "reasons", "ruleIds", "status") SELECT "bomLineId", "citations", "determinationId", "eccn", "id", "reasons", "ruleIds", "status" FROM "determination_line";
DROP TABLE "determination_line";
ALTER TABLE "new_determination_line" RENAME TO "determination_line";
CREATE INDEX "determination_line_determinationId_status_idx" ON "determination_line"("determinationId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
