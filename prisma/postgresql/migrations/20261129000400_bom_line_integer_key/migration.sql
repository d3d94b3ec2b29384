-- No code wrote classification overrides or determination lines before this migration, so their bomLineId
-- columns are empty when it runs; BOM lines keep their data and get new integer ids.
/*
  Warnings:

  - The primary key for the `bom_line` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - The `id` column on the `bom_line` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - Changed the type of `bomLineId` on the `classification_override` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.
  - Changed the type of `bomLineId` on the `determination_line` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- DropForeignKey
ALTER TABLE "classification_override" DROP CONSTRAINT "classification_override_bomLineId_fkey";

-- DropIndex
DROP INDEX "bom_line_mpn_idx";

-- AlterTable
ALTER TABLE "bom_line" DROP CONSTRAINT "bom_line_pkey",
DROP COLUMN "id",
ADD COLUMN     "id" SERIAL NOT NULL,
ADD CONSTRAINT "bom_line_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "classification_override" DROP COLUMN "bomLineId",
ADD COLUMN     "bomLineId" INTEGER NOT NULL;

-- AlterTable
ALTER TABLE "determination_line" DROP COLUMN "bomLineId",
ADD COLUMN     "bomLineId" INTEGER NOT NULL;

-- CreateIndex
CREATE INDEX "classification_override_bomLineId_idx" ON "classification_override"("bomLineId");

-- AddForeignKey
ALTER TABLE "classification_override" ADD CONSTRAINT "classification_override_bomLineId_fkey" FOREIGN KEY ("bomLineId") REFERENCES "bom_line"("id") ON DELETE CASCADE ON UPDATE CASCADE;
