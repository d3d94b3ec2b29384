-- AlterTable
ALTER TABLE "screening_match" ADD COLUMN     "entryHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "entryKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceCode" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "screening_run" ADD COLUMN     "error" TEXT,
ADD COLUMN     "internalVersionId" TEXT,
ADD COLUMN     "processed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "trigger" TEXT NOT NULL DEFAULT 'manual';

-- CreateIndex
CREATE INDEX "screening_match_runId_partyId_idx" ON "screening_match"("runId", "partyId");
