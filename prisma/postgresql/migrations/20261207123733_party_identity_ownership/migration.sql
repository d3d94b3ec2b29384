/*
  Warnings:

  - A unique constraint covering the columns `[partyKey]` on the table `party` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "party" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "parentCountry" TEXT,
ADD COLUMN     "partyKey" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "party_revision" (
    "id" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "importJobId" TEXT,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "party_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ownership_edge" (
    "id" TEXT NOT NULL,
    "statementKey" TEXT NOT NULL,
    "ownerKey" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "ownerCountry" TEXT,
    "ownedKey" TEXT NOT NULL,
    "ownedName" TEXT NOT NULL,
    "ownedCountry" TEXT,
    "shareBp" INTEGER NOT NULL,
    "relation" TEXT NOT NULL DEFAULT 'direct',
    "source" TEXT,
    "asOf" TEXT,
    "endDate" TEXT,
    "importJobId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "ownership_edge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "party_revision_partyId_idx" ON "party_revision"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "ownership_edge_statementKey_key" ON "ownership_edge"("statementKey");

-- CreateIndex
CREATE INDEX "ownership_edge_ownedKey_idx" ON "ownership_edge"("ownedKey");

-- CreateIndex
CREATE INDEX "ownership_edge_ownerKey_idx" ON "ownership_edge"("ownerKey");

-- CreateIndex
CREATE UNIQUE INDEX "party_partyKey_key" ON "party"("partyKey");

-- AddForeignKey
ALTER TABLE "party_revision" ADD CONSTRAINT "party_revision_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
