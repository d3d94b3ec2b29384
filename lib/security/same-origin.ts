// Forged-request (CSRF) defence for route handlers that change data. SameSite=Lax cookies do not stop a page
// on a sibling subdomain or another port of the same host: they are the same *site*. So every mutating request
// that a browser sends must name our own origin, and must carry a content type a plain HTML form cannot send.

export type RequestFacts = {
  /** The Origin header, if any. Browsers send it on every POST/PUT/PATCH/DELETE, same-origin included. */
  origin: string | null;
  /** Sec-Fetch-Site, if any (sent by current browsers, never by curl or the CLI). */
  secFetchSite: string | null;
  /** An API key (Authorization: Bearer): browsers never attach one to a cross-site request by themselves. */
  hasAuthorization: boolean;
  /** A Cookie header: the browser's ambient credential, the one a forged request rides on. */
  hasCookie: boolean;
};

export type Verdict = { ok: true } | { ok: false; reason: string };

/**
 * A request is accepted when its Origin is one of ours, or (without Origin) when Sec-Fetch-Site says
 * same-origin. A request with neither header comes from a non-browser client: it is accepted only when it
 * carries no cookie (an API key, or nobody) because a cookie-authenticated request must prove where it came from.
 */
export function sameOriginVerdict(facts: RequestFacts, allowedOrigins: readonly string[]): Verdict {
  if (facts.origin !== null) {
    const origin = normaliseOrigin(facts.origin);
    if (origin !== null && allowedOrigins.some((o) => normaliseOrigin(o) === origin)) return { ok: true };
    return { ok: false, reason: `Requests from ${facts.origin.slice(0, 100)} may not change data here.` };
  }
  if (facts.secFetchSite !== null) {
    if (facts.secFetchSite.trim().toLowerCase() === "same-origin") return { ok: true };
    return { ok: false, reason: `A ${facts.secFetchSite.slice(0, 40)} request may not change data here.` };
  }
  if (!facts.hasCookie || facts.hasAuthorization) return { ok: true };
  return {
    ok: false,
    reason: "A signed-in browser request must say where it comes from (Origin); API clients use an API key.",
  };
}

/** scheme://host[:port] in the URL API's canonical form; null for "null", opaque or unparsable origins. */
export function normaliseOrigin(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** json: a JSON body; json-or-none: JSON or no body at all; file: the raw uploaded file. */
export type BodyKind = "json" | "json-or-none" | "file";

/** Media types a plain HTML form can send without a CORS preflight: never accepted by a mutating route. */
const FORM_TYPES = new Set(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]);
/** The upload route takes the file itself as the body (the browser sends application/octet-stream). */
const FILE_TYPES = new Set(["application/octet-stream", "text/csv", "text/tab-separated-values", "application/json"]);

/**
 * The body's media type must be the one the route parses: JSON routes take only application/json; the upload
 * route takes the raw file; a route whose body is optional takes JSON or no content type. Null means accepted, else the message.
 */
export function contentTypeProblem(contentType: string | null, kind: BodyKind): string | null {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (kind === "json") return type === "application/json" ? null : "Send JSON (content-type: application/json).";
  // no content type at all: a non-browser client (curl -T); browsers' forms always send one
  if (kind === "file")
    return type === "" || (FILE_TYPES.has(type) && !FORM_TYPES.has(type))
      ? null
      : "Send the file itself as the body (content-type: application/octet-stream).";
  return type === "application/json" || type === "" ? null : "This request takes no body (or JSON).";
}
