-- CreateTable
CREATE TABLE "regulation_version" (
    "id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "chartRows" INTEGER NOT NULL DEFAULT 0,
    "cclEntries" INTEGER NOT NULL DEFAULT 0,
    "previousVersionId" TEXT,
    "diffSummary" JSONB,
    "quarantineReason" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "retrievedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedByEmail" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,

    CONSTRAINT "regulation_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "regulation_version_status_id_idx" ON "regulation_version"("status", "id");
