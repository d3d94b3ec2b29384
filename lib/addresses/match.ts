// Is a party at a listed address? Two addresses are the same place when nothing that both state differs (unit,
// floor, street number, street, district) and enough agrees to pin the place: the unit, and the building or the
// street and number. Another unit in the same building is another address: the Entity List names the unit.
import { buildingName, parseAddress, streetName, type AddressParts } from "./normalise";

export type AddressMatch = {
  /** match: the same unit at the same building or street; review: the same unit, the place only partly comparable */
  strength: "match" | "review";
  agreed: string[];
  /** parts one side does not state, or states in another script */
  unknown: string[];
};

type Verdict = "agree" | "differ" | "unknown";

const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

function compare(a: AddressParts, b: AddressParts): Record<string, Verdict> {
  const sameScript = a.script === b.script;
  const v = (x: unknown, y: unknown, eq: () => boolean): Verdict =>
    x == null || y == null ? "unknown" : eq() ? "agree" : "differ";
  return {
    unit:
      !a.units.length || !b.units.length ? "unknown" : a.units.some((u) => b.units.includes(u)) ? "agree" : "differ",
    floor: v(a.floor, b.floor, () => a.floor === b.floor),
    number: v(a.number, b.number, () => overlap(a.number!, b.number!)),
    street: !sameScript ? "unknown" : v(a.street, b.street, () => streetName(a.street!) === streetName(b.street!)),
    building: !sameScript
      ? "unknown"
      : v(a.building, b.building, () => {
          const x = buildingName(a.building!);
          const y = buildingName(b.building!);
          return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
        }),
    district: v(a.district, b.district, () => a.district === b.district),
    country: v(a.country, b.country, () => a.country === b.country),
  };
}

/** How a party's address meets one listed address; null when it is another place (or cannot be told apart). */
export function matchAddress(party: AddressParts, listed: AddressParts): AddressMatch | null {
  const c = compare(party, listed);
  // a building's name is spelt too many ways to rule an address out by it; everything else that differs does
  const { building: _building, ...strict } = c;
  if (Object.values(strict).includes("differ")) return null;
  const agreed = Object.entries(c)
    .filter(([, x]) => x === "agree")
    .map(([k]) => k);
  const unknown = Object.entries(c)
    .filter(([, x]) => x === "unknown")
    .map(([k]) => k);
  const place = c.building === "agree" || (c.street === "agree" && c.number === "agree");
  if (c.unit === "agree" && place) return { strength: "match", agreed, unknown };
  // the same unit, floor and street number in another script, or in the right district: a person decides
  const partly = c.unit === "agree" && c.number === "agree" && (c.floor === "agree" || c.district === "agree");
  // the listed building and street with the party's unit not given: the party may be in the listed unit
  const sameBuildingNoUnit = c.unit === "unknown" && listed.units.length > 0 && place && c.street !== "differ";
  if (partly || sameBuildingNoUnit) return { strength: "review", agreed, unknown };
  // a listed address with no unit (a whole building) binds the building
  if (!listed.units.length && place && c.building === "agree") return { strength: "match", agreed, unknown };
  return null;
}

/** A party's address field may hold several addresses separated by semicolons or new lines. */
export function splitAddresses(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\s*(?:;|\n|\|)\s*/)
    .map((a) => a.trim())
    .filter((a) => a.length > 3);
}

export function describeMatch(m: AddressMatch): string {
  const said = m.agreed.filter((k) => k !== "country").join(", ");
  return m.strength === "match"
    ? `the same ${said}`
    : `the same ${said}; ${m.unknown.filter((k) => k !== "country").join(", ") || "nothing else"} not comparable: check whether the party is at the listed address`;
}

export { parseAddress };
