/*
  Warnings:

  - A unique constraint covering the columns `[partyId,entryKey,version]` on the table `compliance_decision` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "compliance_decision_partyId_entryKey_version_key" ON "compliance_decision"("partyId", "entryKey", "version");
