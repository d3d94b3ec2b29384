-- CreateTable
CREATE TABLE "regulation_version" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "chartRows" INTEGER NOT NULL DEFAULT 0,
    "cclEntries" INTEGER NOT NULL DEFAULT 0,
    "previousVersionId" TEXT,
    "diffSummary" JSONB,
    "quarantineReason" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "retrievedAt" DATETIME NOT NULL,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedByEmail" TEXT,
    "decidedAt" DATETIME,
    "decisionReason" TEXT
);

-- CreateIndex
CREATE INDEX "regulation_version_status_id_idx" ON "regulation_version"("status", "id");
