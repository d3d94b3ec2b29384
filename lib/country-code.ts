// Country codes, one rule everywhere: ISO 3166-1 alpha-2 (CN, DE), and for a destination also a region of a
// country where the EAR treats it apart (UA-43, Crimea: 15 CFR 746.6), as ISO 3166-2 writes it.

/** A country: two letters, upper case. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
/** A destination: a country, or a region of one (UA-43). */
export const DESTINATION_CODE = /^[A-Z]{2}(-[0-9]{2})?$/;

export const COUNTRY_CODE_EXPECTED = "a two-letter ISO country code such as CN or DE";
export const DESTINATION_CODE_EXPECTED = "an ISO 3166 alpha-2 code such as CN or DE (or a region such as UA-43)";

/** What users type (" cn") as the code is written (CN); whether it is one is `COUNTRY_CODE.test`. */
export function normaliseCode(raw: string): string {
  return raw.trim().toUpperCase();
}

export function isCountryCode(raw: string): boolean {
  return COUNTRY_CODE.test(normaliseCode(raw));
}

export function isDestinationCode(raw: string): boolean {
  return DESTINATION_CODE.test(normaliseCode(raw));
}
