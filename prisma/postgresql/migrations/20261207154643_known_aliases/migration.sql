-- CreateTable
CREATE TABLE "known_alias" (
    "id" TEXT NOT NULL,
    "aliasKey" TEXT NOT NULL,
    "listedKey" TEXT NOT NULL,
    "listedName" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "script" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "importJobId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "known_alias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "known_alias_aliasKey_key" ON "known_alias"("aliasKey");

-- CreateIndex
CREATE INDEX "known_alias_listedKey_idx" ON "known_alias"("listedKey");
