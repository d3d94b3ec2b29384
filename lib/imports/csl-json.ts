// The CSL's JSON form ({results:[...]} from the API, or a bare array from the bulk file) -> the same
// header-name records as the CSV, so one mapping serves both.
export class CslJsonError extends Error {}

type JsonAddress = {
  address?: string;
  city?: string;
  state?: string;
  state_or_province?: string;
  postal_code?: string;
  country?: string;
};
type JsonId = { type?: string; number?: string; country?: string };

/** A field's value as text: a scalar, or a list of scalars. Anything nested deeper is refused, not stringified. */
function joinList(v: unknown, where: string): string {
  const scalar = (x: unknown) => {
    if (x !== null && typeof x === "object")
      throw new CslJsonError(
        `${where}: expected text or a list of text, found nested ${Array.isArray(x) ? "lists" : "objects"}`,
      );
    return String(x);
  };
  return Array.isArray(v)
    ? v
        .filter((x) => x != null && x !== "")
        .map(scalar)
        .join("; ")
    : v == null
      ? ""
      : scalar(v);
}

function addressText(a: JsonAddress): string {
  return [a.address, a.city, a.state ?? a.state_or_province, a.postal_code, a.country]
    .filter((p) => p != null && String(p).trim() !== "")
    .join(", ");
}

export function cslJsonRecords(text: string): Record<string, string>[] {
  let data: unknown;
  try {
    // a UTF-8 byte-order mark (as Windows tools write) is not part of the JSON
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new CslJsonError(`not valid JSON: ${(e as Error).message}`);
  }
  const results = Array.isArray(data) ? data : (data as { results?: unknown })?.results;
  if (!Array.isArray(results))
    throw new CslJsonError('expected a JSON array of records, or an object with a "results" array');
  return results.map((r, i) => {
    if (!r || typeof r !== "object" || Array.isArray(r)) throw new CslJsonError(`record ${i + 1} is not an object`);
    const o = r as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) {
      const where = `record ${i + 1}, field ${k}`;
      if (k === "addresses")
        out.addresses = Array.isArray(v)
          ? v
              .map((a) => (typeof a === "string" ? a : joinList(addressText(a as JsonAddress), where)))
              .filter(Boolean)
              .join("; ")
          : joinList(v, where);
      else if (k === "ids")
        out.ids = Array.isArray(v)
          ? v
              .map((x) =>
                typeof x === "string"
                  ? x
                  : joinList(
                      [(x as JsonId).type, (x as JsonId).number, (x as JsonId).country].filter(Boolean),
                      where,
                    ).replace(/; /g, ", "),
              )
              .join("; ")
          : joinList(v, where);
      else out[k === "id" ? "_id" : k] = joinList(v, where);
    }
    return out;
  });
}
