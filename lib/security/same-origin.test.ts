import { describe, expect, it } from "vitest";
import { contentTypeProblem, normaliseOrigin, sameOriginVerdict, type RequestFacts } from "./same-origin";

const ours = ["https://chokepoint.example.com", "http://127.0.0.1:3101"];
const facts = (f: Partial<RequestFacts>): RequestFacts => ({
  origin: null,
  secFetchSite: null,
  hasAuthorization: false,
  hasCookie: true,
  ...f,
});

describe("sameOriginVerdict", () => {
  it("accepts our own origin, in any letter case and with a default port", () => {
    expect(sameOriginVerdict(facts({ origin: "https://chokepoint.example.com" }), ours).ok).toBe(true);
    expect(sameOriginVerdict(facts({ origin: "HTTPS://Chokepoint.Example.com:443" }), ours).ok).toBe(true);
  });
  it.each([
    "https://evil.example",
    "http://127.0.0.1:3999", // same site, another port
    "https://other.chokepoint.example.com", // a sibling subdomain
    "http://chokepoint.example.com", // downgraded scheme
    "null",
    "",
  ])("refuses Origin %j even when Sec-Fetch-Site claims same-origin", (origin) => {
    const v = sameOriginVerdict(facts({ origin, secFetchSite: "same-origin" }), ours);
    expect(v.ok).toBe(false);
  });
  it("falls back to Sec-Fetch-Site without Origin: only same-origin passes", () => {
    expect(sameOriginVerdict(facts({ secFetchSite: "same-origin" }), ours).ok).toBe(true);
    for (const s of ["same-site", "cross-site", "none"])
      expect(sameOriginVerdict(facts({ secFetchSite: s }), ours)).toEqual({
        ok: false,
        reason: `A ${s} request may not change data here.`,
      });
  });
  it("lets a non-browser client without either header through only when no cookie authenticates it", () => {
    expect(sameOriginVerdict(facts({ hasCookie: false }), ours).ok).toBe(true); // anonymous: 401 follows
    expect(sameOriginVerdict(facts({ hasCookie: false, hasAuthorization: true }), ours).ok).toBe(true);
    expect(sameOriginVerdict(facts({ hasCookie: true, hasAuthorization: true }), ours).ok).toBe(true);
    expect(sameOriginVerdict(facts({ hasCookie: true }), ours).ok).toBe(false);
  });
  it("refuses a cross-site Origin on an API-key request too (a browser sent it)", () => {
    expect(sameOriginVerdict(facts({ origin: "https://evil.example", hasAuthorization: true }), ours).ok).toBe(false);
  });
  it("normalises origins with the URL API", () => {
    expect(normaliseOrigin("http://127.0.0.1:80")).toBe("http://127.0.0.1");
    expect(normaliseOrigin("file:///etc")).toBe(null);
    expect(normaliseOrigin("not a url")).toBe(null);
  });
});

describe("contentTypeProblem", () => {
  it("takes only application/json on a JSON route (what a plain form cannot send)", () => {
    expect(contentTypeProblem("application/json; charset=utf-8", "json")).toBe(null);
    expect(contentTypeProblem("Application/JSON", "json")).toBe(null);
    for (const t of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null])
      expect(contentTypeProblem(t, "json")).toBe("Send JSON (content-type: application/json).");
  });
  it("takes JSON or nothing where the body is optional", () => {
    expect(contentTypeProblem(null, "json-or-none")).toBe(null);
    expect(contentTypeProblem("application/json", "json-or-none")).toBe(null);
    expect(contentTypeProblem("text/plain;charset=UTF-8", "json-or-none")).toBe(
      "This request takes no body (or JSON).",
    );
  });
  it("takes the raw file on the upload route, never a form encoding", () => {
    for (const t of ["application/octet-stream", "text/csv", null]) expect(contentTypeProblem(t, "file")).toBe(null);
    for (const t of ["text/plain", "multipart/form-data", "application/x-www-form-urlencoded"])
      expect(contentTypeProblem(t, "file")).toMatch(/Send the file itself/);
  });
});
