-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_screening_match" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "partyId" TEXT,
    "queryName" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "entryKey" TEXT NOT NULL DEFAULT '',
    "entryHash" TEXT NOT NULL DEFAULT '',
    "sourceCode" TEXT NOT NULL DEFAULT '',
    "matchedName" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "explanation" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "screening_match_runId_fkey" FOREIGN KEY ("runId") REFERENCES "screening_run" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "screening_match_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "party" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "screening_match_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "listed_entry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_screening_match" ("band", "createdAt", "entryId", "explanation", "id", "matchedName", "partyId", "queryName", "runId", "score") SELECT "band", "createdAt", "entryId", "explanation", "id", "matchedName", "partyId", "queryName", "runId", "score" FROM "screening_match";
DROP TABLE "screening_match";
ALTER TABLE "new_screening_match" RENAME TO "screening_match";
CREATE INDEX "screening_match_runId_band_idx" ON "screening_match"("runId", "band");
CREATE INDEX "screening_match_runId_partyId_idx" ON "screening_match"("runId", "partyId");
CREATE INDEX "screening_match_partyId_idx" ON "screening_match"("partyId");
CREATE TABLE "new_screening_run" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listVersionId" TEXT NOT NULL,
    "internalVersionId" TEXT,
    "sources" JSONB NOT NULL,
    "thresholds" JSONB NOT NULL,
    "trigger" TEXT NOT NULL DEFAULT 'manual',
    "partyCount" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'running',
    "error" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "screening_run_listVersionId_fkey" FOREIGN KEY ("listVersionId") REFERENCES "list_version" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_screening_run" ("createdAt", "createdById", "finishedAt", "id", "listVersionId", "partyCount", "sources", "status", "thresholds") SELECT "createdAt", "createdById", "finishedAt", "id", "listVersionId", "partyCount", "sources", "status", "thresholds" FROM "screening_run";
DROP TABLE "screening_run";
ALTER TABLE "new_screening_run" RENAME TO "screening_run";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
