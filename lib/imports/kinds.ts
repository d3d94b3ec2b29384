// What can be imported, and the fields each kind maps its columns onto.
import { bomHeaderAliases } from "../boms/columns";

export const importKinds = ["list", "bom", "parties", "financials", "classifications", "ownership", "aliases"] as const;
export type ImportKind = (typeof importKinds)[number];

export const importFormats = {
  // ftm: FollowTheMoney party entities as JSON lines (OpenSanctions' export), read as an internal list
  list: ["csl-current", "csl-legacy", "csl-json", "custom-list", "ftm"],
  bom: ["template", "kicad-grouped", "kicad-legacy", "altium", "jlcpcb", "generic"],
  parties: ["parties"],
  financials: ["financials"],
  classifications: ["classifications"],
  // a CSV of owner, owned, percent; or FollowTheMoney entities as JSON lines (OpenSanctions' export format)
  ownership: ["ownership", "ftm"],
  // names of listed entries the list does not record (lib/screening/known-aliases.ts), each with its source
  aliases: ["aliases"],
} as const satisfies Record<ImportKind, readonly string[]>;
export type ImportFormat = (typeof importFormats)[ImportKind][number];

export const isImportKind = (v: unknown): v is ImportKind =>
  typeof v === "string" && (importKinds as readonly string[]).includes(v);
export const isFormatOf = (kind: ImportKind, v: unknown): v is ImportFormat =>
  typeof v === "string" && (importFormats[kind] as readonly string[]).includes(v);

export type FieldSpec = { field: string; label: string; required: boolean; aliases: readonly string[] };

/** Fields of the kinds whose columns an analyst maps (CSL files map by their own fixed header names). */
export const kindFields: Record<Exclude<ImportKind, "list">, FieldSpec[]> & { "custom-list": FieldSpec[] } = {
  bom: [
    { field: "manufacturer", label: "Manufacturer", required: false, aliases: bomHeaderAliases.manufacturer },
    { field: "mpn", label: "Manufacturer part number", required: false, aliases: bomHeaderAliases.mpn },
    { field: "description", label: "Description", required: false, aliases: bomHeaderAliases.description },
    { field: "quantity", label: "Quantity", required: false, aliases: bomHeaderAliases.quantity },
    { field: "reference", label: "Reference designators", required: false, aliases: bomHeaderAliases.reference },
    { field: "value", label: "Value / comment", required: false, aliases: bomHeaderAliases.value },
    { field: "unitPrice", label: "Unit price", required: false, aliases: bomHeaderAliases.unitPrice },
    { field: "currency", label: "Currency", required: false, aliases: bomHeaderAliases.currency },
    { field: "eccn", label: "ECCN", required: false, aliases: bomHeaderAliases.eccn },
    {
      field: "countryOfOrigin",
      label: "Country of origin",
      required: false,
      aliases: bomHeaderAliases.countryOfOrigin,
    },
    { field: "usContentPct", label: "US content %", required: false, aliases: bomHeaderAliases.usContentPct },
    { field: "product", label: "Product", required: false, aliases: bomHeaderAliases.product },
  ],
  parties: [
    {
      field: "name",
      label: "Name",
      required: true,
      aliases: ["name", "party", "party name", "company", "company name", "customer", "supplier", "legal name"],
    },
    {
      field: "kind",
      label: "Kind (customer, supplier, ship-to)",
      required: false,
      aliases: ["kind", "type", "party type", "role"],
    },
    {
      field: "country",
      label: "Country (ISO alpha-2)",
      required: false,
      aliases: ["country", "country code", "iso country", "nation"],
    },
    { field: "address", label: "Address", required: false, aliases: ["address", "street address", "full address"] },
    {
      field: "identifiers",
      label: "Identifiers",
      required: false,
      aliases: ["identifiers", "ids", "registration number", "tax id", "duns", "lei"],
    },
    {
      field: "parentName",
      label: "Parent company",
      required: false,
      aliases: ["parent company", "parent", "parent_company", "ultimate parent"],
    },
    {
      field: "parentCountry",
      label: "Parent headquarters (ISO alpha-2)",
      required: false,
      aliases: [
        "parent country",
        "parent_country",
        "parent hq",
        "parent headquarters",
        "ultimate parent country",
        "ultimate parent hq",
      ],
    },
    {
      field: "externalId",
      label: "Your id for the party (customer or vendor number)",
      required: false,
      aliases: ["party id", "party_id", "external id", "external_id", "customer id", "customer number", "vendor id"],
    },
  ],
  financials: [
    {
      field: "productLine",
      label: "Product line",
      required: true,
      aliases: ["product line", "product_line", "line", "product"],
    },
    {
      field: "segment",
      label: "Segment (hardware, software, services)",
      required: true,
      aliases: ["segment", "category"],
    },
    {
      field: "period",
      label: "Period (YYYY or YYYY-Qn)",
      required: true,
      aliases: ["period", "year", "fiscal year", "quarter"],
    },
    { field: "revenue", label: "Revenue", required: true, aliases: ["revenue", "sales", "turnover"] },
    { field: "cost", label: "Cost", required: true, aliases: ["cost", "cogs", "cost of sales", "cost of revenue"] },
    { field: "currency", label: "Currency", required: true, aliases: ["currency", "ccy"] },
    { field: "source", label: "Source", required: false, aliases: ["source", "basis", "note"] },
  ],
  // a manufacturer's or supplier's declaration per part (lib/rules/line-facts.ts says how determinations use it)
  classifications: [
    {
      field: "manufacturer",
      label: "Manufacturer",
      required: true,
      aliases: ["manufacturer", "mfr", "mfg", "maker", "vendor", "manufacturer name"],
    },
    { field: "mpn", label: "Manufacturer part number", required: true, aliases: bomHeaderAliases.mpn },
    { field: "eccn", label: "ECCN", required: true, aliases: bomHeaderAliases.eccn },
    {
      field: "hts",
      label: "HTS code",
      required: false,
      aliases: ["hts", "us_hts", "hts code", "hts_code", "htsus", "schedule b"],
    },
    {
      field: "countryOfOrigin",
      label: "Country of origin",
      required: false,
      aliases: bomHeaderAliases.countryOfOrigin,
    },
    { field: "usContentPct", label: "US content %", required: false, aliases: bomHeaderAliases.usContentPct },
    {
      field: "source",
      label: "Source (who declared it, where)",
      required: true,
      aliases: ["source", "source_url", "source url", "evidence", "declared by", "reference"],
    },
    {
      field: "asOf",
      label: "As of (YYYY-MM-DD)",
      required: true,
      aliases: ["as_of", "as of", "date", "declared on", "captured", "valid from"],
    },
  ],
  // who owns whom (lib/ownership/ reads it): owner and owned by name and country, or by your id for them
  ownership: [
    {
      field: "owner",
      label: "Owner",
      required: true,
      aliases: ["owner", "owner name", "owner_name", "shareholder", "parent", "holder"],
    },
    {
      field: "ownerCountry",
      label: "Owner country (ISO alpha-2)",
      required: false,
      aliases: ["owner country", "owner_country", "owner hq", "shareholder country"],
    },
    { field: "ownerId", label: "Owner id", required: false, aliases: ["owner id", "owner_id"] },
    {
      field: "owned",
      label: "Owned company",
      required: true,
      aliases: ["owned", "owned name", "owned_name", "subsidiary", "company", "asset", "investee"],
    },
    {
      field: "ownedCountry",
      label: "Owned company country (ISO alpha-2)",
      required: false,
      aliases: ["owned country", "owned_country", "subsidiary country", "company country"],
    },
    {
      field: "ownedId",
      label: "Owned company id",
      required: false,
      aliases: ["owned id", "owned_id", "subsidiary id"],
    },
    {
      field: "percent",
      label: "Percent held",
      required: true,
      aliases: ["percent", "percentage", "share", "share %", "ownership %", "ownership", "stake", "holding"],
    },
    {
      field: "relation",
      label: "Direct or indirect",
      required: false,
      aliases: ["relation", "direct/indirect", "direct_indirect", "type", "ownership type", "level"],
    },
    { field: "source", label: "Source", required: false, aliases: ["source", "source url", "source_url", "evidence"] },
    {
      field: "asOf",
      label: "As of (YYYY-MM-DD)",
      required: false,
      aliases: ["as_of", "as of", "date", "start date", "start_date", "since", "valid from"],
    },
    {
      field: "endDate",
      label: "Until (YYYY-MM-DD)",
      required: false,
      aliases: ["end date", "end_date", "until", "valid to", "valid until"],
    },
  ],
  // an alias file: listed entry, alias, script, source (data/reference/known-aliases-cn.csv is one)
  aliases: [
    {
      field: "listedName",
      label: "Listed entry (its name on the list)",
      required: true,
      aliases: ["listed entry", "listed_entry", "listed name", "listed_name", "entry", "entity", "list name"],
    },
    {
      field: "alias",
      label: "Alias",
      required: true,
      aliases: ["alias", "known as", "also known as", "aka", "other name", "registered name"],
    },
    {
      field: "script",
      label: "Script (latin, hans, hant, han, arabic, cyrillic, hangul, other)",
      required: false,
      aliases: ["script", "writing system", "alphabet"],
    },
    {
      field: "source",
      label: "Source",
      required: true,
      aliases: ["source", "source url", "source_url", "evidence", "reference", "citation"],
    },
  ],
  "custom-list": [
    { field: "name", label: "Name", required: true, aliases: ["name", "entity", "entity name", "party name"] },
    {
      field: "aliases",
      label: "Aliases (; separated)",
      required: false,
      aliases: ["aliases", "alias", "alt names", "alt_names", "also known as", "aka"],
    },
    { field: "country", label: "Country (ISO alpha-2)", required: false, aliases: ["country", "country code"] },
    { field: "note", label: "Note", required: false, aliases: ["note", "notes", "reason", "remarks"] },
  ],
};

export type FieldMapping = Record<string, number>;
