-- AlterTable
ALTER TABLE "list_version" ADD COLUMN "diffSummary" JSONB;
ALTER TABLE "list_version" ADD COLUMN "previousVersionId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_import_job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "format" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "rowsTotal" INTEGER NOT NULL DEFAULT 0,
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "rowsImported" INTEGER NOT NULL DEFAULT 0,
    "rowsSkipped" INTEGER NOT NULL DEFAULT 0,
    "rowsInvalid" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER,
    "resultType" TEXT,
    "resultId" TEXT,
    "encoding" TEXT,
    "header" JSONB,
    "errors" JSONB,
    "mapping" JSONB,
    "message" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);
INSERT INTO "new_import_job" ("createdAt", "createdById", "errorCount", "errors", "fileName", "fileSha256", "fileSize", "finishedAt", "format", "id", "kind", "mapping", "message", "rowsImported", "rowsTotal", "status") SELECT "createdAt", "createdById", "errorCount", "errors", "fileName", "fileSha256", "fileSize", "finishedAt", "format", "id", "kind", "mapping", "message", "rowsImported", "rowsTotal", "status" FROM "import_job";
DROP TABLE "import_job";
ALTER TABLE "new_import_job" RENAME TO "import_job";
CREATE INDEX "import_job_kind_status_idx" ON "import_job"("kind", "status");
CREATE INDEX "import_job_fileSha256_idx" ON "import_job"("fileSha256");
CREATE TABLE "new_listed_entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listVersionId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "sourceCode" TEXT NOT NULL,
    "entryKey" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL DEFAULT '',
    "externalId" TEXT,
    "source" TEXT NOT NULL,
    "entityNumber" TEXT,
    "type" TEXT,
    "programs" TEXT,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "addresses" TEXT,
    "federalRegisterNotice" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "standardOrder" TEXT,
    "licenseRequirement" TEXT,
    "licensePolicy" TEXT,
    "callSign" TEXT,
    "vesselType" TEXT,
    "grossTonnage" TEXT,
    "grossRegisteredTonnage" TEXT,
    "vesselFlag" TEXT,
    "vesselOwner" TEXT,
    "remarks" TEXT,
    "sourceListUrl" TEXT,
    "altNames" TEXT,
    "citizenships" TEXT,
    "datesOfBirth" TEXT,
    "nationalities" TEXT,
    "placesOfBirth" TEXT,
    "sourceInformationUrl" TEXT,
    "ids" TEXT,
    "footnotes" TEXT,
    CONSTRAINT "listed_entry_listVersionId_fkey" FOREIGN KEY ("listVersionId") REFERENCES "list_version" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_listed_entry" ("addresses", "altNames", "callSign", "citizenships", "datesOfBirth", "endDate", "entityNumber", "entryKey", "externalId", "federalRegisterNotice", "footnotes", "grossRegisteredTonnage", "grossTonnage", "id", "ids", "licensePolicy", "licenseRequirement", "listVersionId", "name", "nationalities", "placesOfBirth", "programs", "remarks", "rowNumber", "source", "sourceCode", "sourceInformationUrl", "sourceListUrl", "standardOrder", "startDate", "title", "type", "vesselFlag", "vesselOwner", "vesselType") SELECT "addresses", "altNames", "callSign", "citizenships", "datesOfBirth", "endDate", "entityNumber", "entryKey", "externalId", "federalRegisterNotice", "footnotes", "grossRegisteredTonnage", "grossTonnage", "id", "ids", "licensePolicy", "licenseRequirement", "listVersionId", "name", "nationalities", "placesOfBirth", "programs", "remarks", "rowNumber", "source", "sourceCode", "sourceInformationUrl", "sourceListUrl", "standardOrder", "startDate", "title", "type", "vesselFlag", "vesselOwner", "vesselType" FROM "listed_entry";
DROP TABLE "listed_entry";
ALTER TABLE "new_listed_entry" RENAME TO "listed_entry";
CREATE INDEX "listed_entry_listVersionId_sourceCode_idx" ON "listed_entry"("listVersionId", "sourceCode");
CREATE INDEX "listed_entry_listVersionId_entryKey_idx" ON "listed_entry"("listVersionId", "entryKey");
CREATE TABLE "new_raw_row" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importJobId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "rowCount" INTEGER NOT NULL DEFAULT 1,
    "data" TEXT NOT NULL,
    CONSTRAINT "raw_row_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_raw_row" ("data", "id", "importJobId", "rowNumber") SELECT "data", "id", "importJobId", "rowNumber" FROM "raw_row";
DROP TABLE "raw_row";
ALTER TABLE "new_raw_row" RENAME TO "raw_row";
CREATE INDEX "raw_row_importJobId_rowNumber_idx" ON "raw_row"("importJobId", "rowNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
