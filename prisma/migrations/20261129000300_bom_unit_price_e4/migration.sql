-- BOM unit prices move from cents to ten-thousandths of the currency unit (component prices go below a
-- cent). Renamed and rescaled, so existing prices are kept.
ALTER TABLE "bom_line" RENAME COLUMN "unitPriceMinor" TO "unitPriceE4";
UPDATE "bom_line" SET "unitPriceE4" = "unitPriceE4" * 100 WHERE "unitPriceE4" IS NOT NULL;
