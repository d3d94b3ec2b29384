-- CreateTable
CREATE TABLE "known_alias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "aliasKey" TEXT NOT NULL,
    "listedKey" TEXT NOT NULL,
    "listedName" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "script" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "importJobId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "known_alias_aliasKey_key" ON "known_alias"("aliasKey");

-- CreateIndex
CREATE INDEX "known_alias_listedKey_idx" ON "known_alias"("listedKey");
