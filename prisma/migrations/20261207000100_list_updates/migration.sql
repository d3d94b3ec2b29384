-- CreateTable
CREATE TABLE "list_update" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "list_update_startedAt_idx" ON "list_update"("startedAt");
