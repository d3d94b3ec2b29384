-- AlterTable
ALTER TABLE "import_job" ADD COLUMN     "createdByEmail" TEXT,
ADD COLUMN     "durationMs" INTEGER,
ADD COLUMN     "encoding" TEXT,
ADD COLUMN     "header" JSONB,
ADD COLUMN     "resultId" TEXT,
ADD COLUMN     "resultType" TEXT,
ADD COLUMN     "rowsInvalid" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rowsRead" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rowsSkipped" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "list_version" ADD COLUMN     "diffSummary" JSONB,
ADD COLUMN     "previousVersionId" TEXT;

-- AlterTable
ALTER TABLE "listed_entry" ADD COLUMN     "contentHash" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "raw_row" ADD COLUMN     "rowCount" INTEGER NOT NULL DEFAULT 1;
