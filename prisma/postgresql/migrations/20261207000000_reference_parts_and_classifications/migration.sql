/*
  Warnings:

  - A unique constraint covering the columns `[refKey]` on the table `part` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "part" ADD COLUMN     "countryOfOrigin" TEXT,
ADD COLUMN     "names" TEXT,
ADD COLUMN     "refKey" TEXT;

-- CreateTable
CREATE TABLE "part_classification" (
    "id" TEXT NOT NULL,
    "manufacturer" TEXT NOT NULL,
    "mpn" TEXT NOT NULL,
    "mpnKey" TEXT NOT NULL,
    "eccn" TEXT NOT NULL,
    "hts" TEXT,
    "countryOfOrigin" TEXT,
    "usContentBp" INTEGER,
    "source" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "importJobId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "part_classification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "part_classification_mpnKey_idx" ON "part_classification"("mpnKey");

-- CreateIndex
CREATE UNIQUE INDEX "part_refKey_key" ON "part"("refKey");

-- AddForeignKey
ALTER TABLE "part_classification" ADD CONSTRAINT "part_classification_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job"("id") ON DELETE SET NULL ON UPDATE CASCADE;
