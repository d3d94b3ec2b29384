-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'analyst',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "api_key_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "import_job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "format" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "rowsTotal" INTEGER NOT NULL DEFAULT 0,
    "rowsImported" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "mapping" JSONB,
    "message" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "raw_row" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importJobId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "data" TEXT NOT NULL,
    CONSTRAINT "raw_row_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "column_mapping" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "headerSignature" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "list_version" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listKind" TEXT NOT NULL DEFAULT 'csl',
    "label" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "publishedOn" TEXT,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL DEFAULT 0,
    "sourceCounts" JSONB,
    "quarantineReason" TEXT,
    "importJobId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    CONSTRAINT "list_version_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "listed_entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listVersionId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "sourceCode" TEXT NOT NULL,
    "entryKey" TEXT NOT NULL,
    "externalId" TEXT,
    "source" TEXT NOT NULL,
    "entityNumber" TEXT,
    "type" TEXT,
    "programs" TEXT,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "addresses" TEXT,
    "federalRegisterNotice" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "standardOrder" TEXT,
    "licenseRequirement" TEXT,
    "licensePolicy" TEXT,
    "callSign" TEXT,
    "vesselType" TEXT,
    "grossTonnage" TEXT,
    "grossRegisteredTonnage" TEXT,
    "vesselFlag" TEXT,
    "vesselOwner" TEXT,
    "remarks" TEXT,
    "sourceListUrl" TEXT,
    "altNames" TEXT,
    "citizenships" TEXT,
    "datesOfBirth" TEXT,
    "nationalities" TEXT,
    "placesOfBirth" TEXT,
    "sourceInformationUrl" TEXT,
    "ids" TEXT,
    "footnotes" TEXT,
    CONSTRAINT "listed_entry_listVersionId_fkey" FOREIGN KEY ("listVersionId") REFERENCES "list_version" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "listed_alias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'alias',
    CONSTRAINT "listed_alias_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "listed_entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "listed_address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" TEXT NOT NULL,
    "street" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postalCode" TEXT,
    "country" TEXT,
    "raw" TEXT NOT NULL,
    CONSTRAINT "listed_address_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "listed_entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "party" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT,
    "address" TEXT,
    "identifiers" TEXT,
    "parentName" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "importJobId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "party_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "product_line" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "segment" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "growthBp" INTEGER NOT NULL DEFAULT 0,
    "exposureBp" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "productLineId" TEXT,
    CONSTRAINT "product_productLineId_fkey" FOREIGN KEY ("productLineId") REFERENCES "product_line" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "bom" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "format" TEXT,
    "productId" TEXT,
    "customerId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "sourceNote" TEXT,
    "importJobId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "bom_productId_fkey" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "bom_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "party" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "bom_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "bom_line" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bomId" TEXT NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "rowNumber" INTEGER,
    "references" TEXT,
    "manufacturer" TEXT,
    "mpn" TEXT,
    "description" TEXT,
    "quantity" INTEGER NOT NULL,
    "unitPriceMinor" BIGINT,
    "currency" TEXT,
    "eccn" TEXT,
    "countryOfOrigin" TEXT,
    "usContentBp" INTEGER,
    "dnp" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "bom_line_bomId_fkey" FOREIGN KEY ("bomId") REFERENCES "bom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "part" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "manufacturer" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "variant" TEXT,
    "mpnPattern" TEXT,
    "category" TEXT,
    "datacenter" BOOLEAN NOT NULL DEFAULT false,
    "tpp" REAL,
    "performanceDensity" REAL,
    "dieAreaMm2" REAL,
    "tppBasis" TEXT,
    "eccn" TEXT,
    "eccnFromThresholds" TEXT,
    "licenseNote" TEXT,
    "sources" TEXT,
    "confidence" TEXT,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "classification_override" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bomLineId" TEXT NOT NULL,
    "eccn" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "classification_override_bomLineId_fkey" FOREIGN KEY ("bomLineId") REFERENCES "bom_line" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "screening_run" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listVersionId" TEXT NOT NULL,
    "sources" JSONB NOT NULL,
    "thresholds" JSONB NOT NULL,
    "partyCount" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'running',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "screening_run_listVersionId_fkey" FOREIGN KEY ("listVersionId") REFERENCES "list_version" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "screening_match" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "partyId" TEXT,
    "queryName" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "matchedName" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "explanation" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "screening_match_runId_fkey" FOREIGN KEY ("runId") REFERENCES "screening_run" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "screening_match_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "party" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "screening_match_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "listed_entry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "compliance_decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partyId" TEXT NOT NULL,
    "entryKey" TEXT NOT NULL,
    "entryHash" TEXT NOT NULL,
    "listVersionId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "supersededAt" DATETIME,
    CONSTRAINT "compliance_decision_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "party" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "licence_determination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bomId" TEXT NOT NULL,
    "buyerId" TEXT,
    "destination" TEXT NOT NULL,
    "shipFrom" TEXT NOT NULL DEFAULT 'US',
    "asOf" TEXT NOT NULL,
    "listVersionId" TEXT,
    "ruleSetVersion" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "summary" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "licence_determination_bomId_fkey" FOREIGN KEY ("bomId") REFERENCES "bom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "licence_determination_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "party" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "determination_line" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "determinationId" TEXT NOT NULL,
    "bomLineId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "eccn" TEXT,
    "ruleIds" TEXT NOT NULL,
    "citations" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    CONSTRAINT "determination_line_determinationId_fkey" FOREIGN KEY ("determinationId") REFERENCES "licence_determination" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "licence_on_file" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "partyId" TEXT,
    "destination" TEXT,
    "eccns" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "licence_on_file_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "party" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "financial" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "productLineId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "revenueMinor" BIGINT NOT NULL,
    "costMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "isEstimate" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "importJobId" TEXT,
    CONSTRAINT "financial_productLineId_fkey" FOREIGN KEY ("productLineId") REFERENCES "product_line" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "financial_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "import_job" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "scenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "audit_log" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_keyHash_key" ON "api_key"("keyHash");

-- CreateIndex
CREATE INDEX "import_job_kind_status_idx" ON "import_job"("kind", "status");

-- CreateIndex
CREATE INDEX "import_job_fileSha256_idx" ON "import_job"("fileSha256");

-- CreateIndex
CREATE INDEX "raw_row_importJobId_rowNumber_idx" ON "raw_row"("importJobId", "rowNumber");

-- CreateIndex
CREATE UNIQUE INDEX "column_mapping_kind_headerSignature_key" ON "column_mapping"("kind", "headerSignature");

-- CreateIndex
CREATE INDEX "list_version_listKind_status_idx" ON "list_version"("listKind", "status");

-- CreateIndex
CREATE INDEX "listed_entry_listVersionId_sourceCode_idx" ON "listed_entry"("listVersionId", "sourceCode");

-- CreateIndex
CREATE INDEX "listed_entry_listVersionId_entryKey_idx" ON "listed_entry"("listVersionId", "entryKey");

-- CreateIndex
CREATE INDEX "listed_alias_entryId_idx" ON "listed_alias"("entryId");

-- CreateIndex
CREATE INDEX "listed_address_entryId_idx" ON "listed_address"("entryId");

-- CreateIndex
CREATE INDEX "listed_address_country_idx" ON "listed_address"("country");

-- CreateIndex
CREATE INDEX "party_name_idx" ON "party"("name");

-- CreateIndex
CREATE UNIQUE INDEX "product_line_name_key" ON "product_line"("name");

-- CreateIndex
CREATE UNIQUE INDEX "product_name_key" ON "product"("name");

-- CreateIndex
CREATE INDEX "bom_line_bomId_lineNo_idx" ON "bom_line"("bomId", "lineNo");

-- CreateIndex
CREATE INDEX "bom_line_mpn_idx" ON "bom_line"("mpn");

-- CreateIndex
CREATE INDEX "part_manufacturer_idx" ON "part"("manufacturer");

-- CreateIndex
CREATE INDEX "classification_override_bomLineId_idx" ON "classification_override"("bomLineId");

-- CreateIndex
CREATE INDEX "screening_match_runId_band_idx" ON "screening_match"("runId", "band");

-- CreateIndex
CREATE INDEX "screening_match_partyId_idx" ON "screening_match"("partyId");

-- CreateIndex
CREATE INDEX "compliance_decision_partyId_entryKey_idx" ON "compliance_decision"("partyId", "entryKey");

-- CreateIndex
CREATE INDEX "licence_determination_bomId_idx" ON "licence_determination"("bomId");

-- CreateIndex
CREATE INDEX "determination_line_determinationId_status_idx" ON "determination_line"("determinationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "financial_productLineId_period_key" ON "financial"("productLineId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "scenario_name_version_key" ON "scenario"("name", "version");

-- CreateIndex
CREATE UNIQUE INDEX "audit_log_prevHash_key" ON "audit_log"("prevHash");

-- CreateIndex
CREATE UNIQUE INDEX "audit_log_hash_key" ON "audit_log"("hash");

-- CreateIndex
CREATE INDEX "audit_log_entityType_entityId_idx" ON "audit_log"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");
