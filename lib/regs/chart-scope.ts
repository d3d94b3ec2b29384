// Does a CCL "Reason for Control" line reach a BOM line's paragraph? The CCL states each line's scope in words:
// "entire entry", "entire entry except 0A501.y", "3B001.a.1 to a.3, b, e, f.2 to f.4, g to j", "5A001.b (except
// .b.5), .c", or a description with a condition ("3A001.a.1.a when usable in missiles"). This reads the paragraph
// references out of those words. It fails closed: when the words cannot settle it (no paragraph on the line, a
// condition the line's facts do not carry, a scope with no paragraph in it) the answer is "maybe", which the rule
// treats as applying and says so; "no" only when the line's paragraph is plainly outside the listed paragraphs.

export type ScopeAnswer = "yes" | "maybe" | "no";

/** "3A001.b.2" -> { base: "3A001", para: ["b", "2"] }; the paragraph is lower-cased, as the CCL prints it. */
export function splitEccn(eccn: string): { base: string; para: string[] } {
  const [base, ...para] = eccn.trim().split(".");
  return { base: (base ?? "").toUpperCase(), para: para.filter(Boolean).map((p) => p.toLowerCase()) };
}

const seg = String.raw`[a-z]{1,2}(?:\.[a-z0-9]{1,3})*`;
// a reference at the start of a list item: "b", ".c", "f.2 to f.4", "z.2", optionally with a range
const itemRef = new RegExp(String.raw`^\.?(${seg})(?:\s+(?:to|through)\s+\.?(${seg}))?(?=$|[\s,;)(])`);
const conditionWords = /\b(when|that|if|being|usable|having|meet|exceed|except those|unless|for use)\b/i;

/** "a.1" to "a.3" -> a.1, a.2, a.3; "g" to "j" -> g, h, i, j. Unexpandable ranges keep both ends. */
function expand(from: string, to: string | undefined): string[] {
  if (!to) return [from];
  const f = from.split(".");
  const t = to.split(".");
  const prefix = f.slice(0, -1).join(".");
  if (f.length !== t.length || prefix !== t.slice(0, -1).join(".")) return [from, to];
  const a = f[f.length - 1]!;
  const b = t[t.length - 1]!;
  const join = (x: string) => (prefix ? `${prefix}.${x}` : x);
  if (/^\d+$/.test(a) && /^\d+$/.test(b))
    return Array.from({ length: Math.max(0, +b - +a + 1) }, (_, i) => join(String(+a + i)));
  if (/^[a-z]$/.test(a) && /^[a-z]$/.test(b))
    return Array.from({ length: Math.max(0, b.charCodeAt(0) - a.charCodeAt(0) + 1) }, (_, i) =>
      join(String.fromCharCode(a.charCodeAt(0) + i)),
    );
  return [from, to];
}

/** The paragraphs of `base` a scope text names: with the ECCN ("3A001.b.2") anywhere, bare ("b", ".c") as a list item. */
export function paragraphRefs(text: string, base: string): { include: string[]; exclude: string[] } {
  const include: string[] = [];
  const exclude: string[] = [];
  // "(except .b.5)" and "except 0A501.y": what follows "except" up to the closing bracket or the end is excluded
  const parts = text.split(/\bexcept\b/i);
  parts.forEach((part, i) => {
    // "except those 3A001.b.2 items being exported for civil use" is a condition, not a paragraph left out:
    // only an "except" followed straight by a reference excludes (the condition leaves the answer at "maybe")
    const excludes = i > 0 && new RegExp(String.raw`^\s*(?:${base}\.|\.)?[a-z]{1,2}(?:[.\s,;)]|$)`, "i").test(part);
    if (i > 0 && !excludes) {
      if (i === 1) include.push(...paragraphRefs(part, base).include);
      return;
    }
    const into = i === 0 ? include : exclude;
    const scope = i === 0 ? part : part.split(/\)/)[0]!;
    const withBase = new RegExp(
      String.raw`\b${base}\.(${seg})(?:\s+(?:to|through)\s+(?:${base}\.|\.)?(${seg}))?(?![a-z0-9])`,
      "gi",
    );
    for (const m of scope.matchAll(withBase)) into.push(...expand(m[1]!.toLowerCase(), m[2]?.toLowerCase()));
    for (const item of scope.split(/,|;|\band\b/)) {
      const m = itemRef.exec(item.trim().replace(/^(and|or)\s+/, ""));
      if (m) into.push(...expand(m[1]!, m[2]));
    }
    // the rest of a bracketed except is still in the including list: "5A001.b (except .b.5), .c, .d"
    if (i > 0 && part.includes(")")) {
      for (const item of part.slice(part.indexOf(")") + 1).split(/,|;|\band\b/)) {
        const m = itemRef.exec(item.trim().replace(/^(and|or)\s+/, ""));
        if (m) include.push(...expand(m[1]!, m[2]));
      }
    }
  });
  return { include: [...new Set(include)], exclude: [...new Set(exclude)] };
}

const within = (line: string[], ref: string) => {
  const r = ref.split(".");
  return r.length <= line.length && r.every((x, i) => x === line[i]);
};
const broader = (line: string[], ref: string) => {
  const r = ref.split(".");
  return line.length < r.length && line.every((x, i) => x === r[i]);
};

/** Does the reason line with scope `appliesTo` reach `eccn` (with its paragraph, when the BOM gives one)? */
export function scopeCovers(appliesTo: string, eccn: string): ScopeAnswer {
  const { base, para } = splitEccn(eccn);
  const text = appliesTo.trim();
  const { include, exclude } = paragraphRefs(text, base);
  if (/^entire entry\b/i.test(text)) {
    if (!/\bexcept\b/i.test(text)) return "yes";
    if (para.length && exclude.some((r) => within(para, r))) return "no";
    // an exception in words only ("except for technology for 4A090"), or no paragraph given: it may be excepted
    return para.length && exclude.length ? "yes" : "maybe";
  }
  if (!include.length) return "maybe";
  if (!para.length) return "maybe";
  if (exclude.some((r) => within(para, r))) return "no";
  if (include.some((r) => within(para, r))) return conditionWords.test(text) ? "maybe" : "yes";
  if (include.some((r) => broader(para, r))) return "maybe";
  return "no";
}
