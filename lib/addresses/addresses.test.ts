import { describe, expect, it } from "vitest";
import { matchAddress, splitAddresses } from "./match";
import { parseAddress } from "./normalise";
import { addressOnlyEntry, listedAddressHits } from "./listed";

// Addresses added to the Entity List by 89 FR 51644 (2024), as published
const oneCapital = "Unit D, 16/F One Capital Place, 18 Luard Rd, Wan Chai, Hong Kong.";
const hoKing = "Flat/RM 2309, 23/F, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mong Kok, Kowloon, Hong Kong.";
const hollywood = "Room 1318-19, 13F, Hollywood Plaza, 610 Nathan Road, Mong Kok, Kowloon, Hong Kong.";
const brightWay = "Unit 04, 7/F Bright Way Tower, No. 33 Mong Kok Road, Kowloon, Hong Kong.";

const match = (party: string, listed: string) => matchAddress(parseAddress(party), parseAddress(listed));

describe("parseAddress reads the parts of a Hong Kong address", () => {
  it("unit, floor, building, number, street, district and city of an English address", () => {
    expect(parseAddress(hoKing)).toMatchObject({
      units: ["2309"],
      floor: "23",
      building: "ho king commercial centre",
      number: [2, 16],
      street: "fa yuen street",
      district: "mong kok",
      city: "kowloon",
      country: "HK",
    });
  });
  it("abbreviations are spelt one way: Rm, Comm Ctr, St, Mongkok, KLN", () => {
    expect(parseAddress("Rm 2309, 23/F, Ho King Comm Ctr, 2-16 Fa Yuen St, Mongkok KLN, HK")).toMatchObject({
      units: ["2309"],
      floor: "23",
      building: "ho king commercial centre",
      street: "fa yuen street",
      district: "mong kok",
      city: "kowloon",
      country: "HK",
    });
  });
  it("a unit range is each unit in it, and a leading zero is dropped", () => {
    expect(parseAddress(hollywood).units).toEqual(["1318", "1319"]);
    expect(parseAddress(brightWay).units).toEqual(["4"]);
  });
  it("a district's name inside a street's name is the street, not the district", () => {
    expect(parseAddress(brightWay)).toMatchObject({ street: "mong kok road", number: [33, 33], district: null });
  });
  it("a street number before the street's own segment belongs to it", () => {
    expect(parseAddress("Room 19C Lockhart Centre 301-307, Lockhart Rd. Wan Chai, Hong Kong.")).toMatchObject({
      units: ["19C"],
      building: "lockhart centre",
      number: [301, 307],
      street: "lockhart road",
      district: "wan chai",
    });
  });
  it("a Chinese address: 室, 樓, 號, the street and the district in English", () => {
    expect(parseAddress("香港九龍旺角花園街2-16號好景商業中心23樓2309室")).toMatchObject({
      script: "han",
      units: ["2309"],
      floor: "23",
      number: [2, 16],
      street: "花園街",
      building: "好景商業中心",
      district: "mong kok",
      city: "kowloon",
      country: "HK",
    });
  });
  it("Simplified characters read the same districts", () => {
    expect(parseAddress("香港湾仔卢押道18号海港中心16楼D室")).toMatchObject({
      district: "wan chai",
      floor: "16",
      units: ["D"],
    });
  });
});

describe("matchAddress: is the party at the listed address?", () => {
  it("the same address written another way is a match", () => {
    expect(match("Rm 2309, 23/F, Ho King Comm Ctr, 2-16 Fa Yuen St, Mongkok KLN, HK", hoKing)?.strength).toBe("match");
    expect(match("16/F, Flat D, One Capital Place, 18 Luard Road, Wanchai", oneCapital)?.strength).toBe("match");
  });
  it("one unit of a listed range is a match", () => {
    expect(match("Room 1319, 13/F, Hollywood Plaza, 610 Nathan Rd, Mongkok, Kowloon", hollywood)?.strength).toBe(
      "match",
    );
  });
  it("another unit in the same building is another address", () => {
    expect(match("Rm 7B, One Capital Place, 18 Luard Road, Wan Chai, Hong Kong", oneCapital)).toBeNull();
    expect(match("Room 1320, 13/F, Hollywood Plaza, 610 Nathan Road, Mong Kok", hollywood)).toBeNull();
  });
  it("the same unit number on another floor or street is another address", () => {
    expect(match("Flat/RM 2309, 22/F, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mong Kok", hoKing)).toBeNull();
    expect(match("Room 2309, 23/F, 88 Nathan Road, Tsim Sha Tsui, Kowloon", hoKing)).toBeNull();
  });
  it("the listed building with no unit given is a review: the party may be in the listed unit", () => {
    const m = match("One Capital Place, 18 Luard Road, Wanchai, HK", oneCapital);
    expect(m).toEqual({
      strength: "review",
      agreed: ["number", "street", "building", "district", "country"],
      unknown: ["unit", "floor"],
    });
  });
  it("the Chinese form of a listed English address is a review: unit, floor, number and district agree", () => {
    const m = match("香港九龍旺角花園街2-16號好景商業中心23樓2309室", hoKing);
    expect(m?.strength).toBe("review");
    expect(m?.unknown).toEqual(["street", "building"]);
  });
  it("an unrelated address is nothing", () => {
    expect(match("Friedrichstrasse 100, 10117 Berlin, DE", oneCapital)).toBeNull();
  });
});

describe("splitAddresses", () => {
  it("splits on semicolons and new lines", () => {
    expect(splitAddresses("a street 1; b road 2\nc lane 3")).toEqual(["a street 1", "b road 2", "c lane 3"]);
    expect(splitAddresses(null)).toEqual([]);
  });
});

describe("address-only Entity List entries", () => {
  const entry = (name: string, sourceCode = "EL", addresses: string | null = null) => ({
    id: name,
    entryKey: name,
    contentHash: "h",
    sourceCode,
    name,
    addresses,
  });
  it("an Entity List entry named by an address is address-only; a company is not", () => {
    expect(addressOnlyEntry(entry(oneCapital, "EL", `${oneCapital.replace(/\.$/, "")}, HK`))).toBe(true);
    expect(addressOnlyEntry(entry("Ho King Trading Limited", "EL", hoKing))).toBe(false);
    expect(addressOnlyEntry(entry(oneCapital, "SDN"))).toBe(false);
  });
  it("a party at a listed address is a hit that names the address and what agreed", () => {
    const listed = [entry(oneCapital), entry(hoKing), entry("Ho King Trading Limited", "EL", hoKing)];
    const hits = listedAddressHits("Rm 2309, 23/F, Ho King Comm Ctr, 2-16 Fa Yuen St, Mongkok KLN, HK", listed);
    expect(hits.map((h) => [h.entry.name, h.partyAddress, h.match.strength])).toEqual([
      [hoKing, "Rm 2309, 23/F, Ho King Comm Ctr, 2-16 Fa Yuen St, Mongkok KLN, HK", "match"],
    ]);
  });
  it("no address, no hits", () => {
    expect(listedAddressHits(null, [entry(oneCapital)])).toEqual([]);
  });
});
