-- CreateTable
CREATE TABLE "list_update" (
    "id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "phase" TEXT NOT NULL DEFAULT 'connecting',
    "bytesRead" INTEGER NOT NULL DEFAULT 0,
    "bytesTotal" INTEGER,
    "etag" TEXT,
    "lastModified" TEXT,
    "sha256" TEXT,
    "bytes" INTEGER,
    "publishedAt" TEXT,
    "listVersionId" TEXT,
    "importJobId" TEXT,
    "message" TEXT,
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "list_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "lease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "list_update_startedAt_idx" ON "list_update"("startedAt");
