/**
 * The Consolidated Screening List columns, by header name (current 29-column layout; the legacy 28-column
 * layout lacks `_id`). Files are mapped by header name, never by position.
 */
export const cslColumns = {
  _id: "externalId",
  id: "externalId",
  source: "source",
  entity_number: "entityNumber",
  type: "type",
  programs: "programs",
  name: "name",
  title: "title",
  addresses: "addresses",
  federal_register_notice: "federalRegisterNotice",
  start_date: "startDate",
  end_date: "endDate",
  standard_order: "standardOrder",
  license_requirement: "licenseRequirement",
  license_policy: "licensePolicy",
  call_sign: "callSign",
  vessel_type: "vesselType",
  gross_tonnage: "grossTonnage",
  gross_registered_tonnage: "grossRegisteredTonnage",
  vessel_flag: "vesselFlag",
  vessel_owner: "vesselOwner",
  remarks: "remarks",
  source_list_url: "sourceListUrl",
  alt_names: "altNames",
  citizenships: "citizenships",
  dates_of_birth: "datesOfBirth",
  nationalities: "nationalities",
  places_of_birth: "placesOfBirth",
  source_information_url: "sourceInformationUrl",
  ids: "ids",
} as const;

export type CslField = (typeof cslColumns)[keyof typeof cslColumns];

/** The columns without which a file is not a CSL file. */
export const requiredCslHeaders = ["source", "name"] as const;
