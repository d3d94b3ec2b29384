// A small, strict XML reader for the eCFR versioner's title XML: elements, attributes and text, with the
// predefined and numeric entities. The versioner's XML is plain (no DTD, no namespaces worth keeping), so a
// dependency-free reader is enough; anything it cannot read is an EcfrParseError naming the element and offset,
// never a silently empty table.

export type XmlNode = XmlElement | string;
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlNode[]; offset: number };

export class EcfrParseError extends Error {
  constructor(
    message: string,
    /** the element (or part) the problem was found in, for the user's error message */
    readonly element: string,
  ) {
    super(message);
    this.name = "EcfrParseError";
  }
}

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return namedEntities[e] ?? m;
  });
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Parses a whole document; returns its root element. Throws EcfrParseError on malformed input. */
export function parseXml(xml: string, what = "document"): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [], offset: 0 };
  const stack: XmlElement[] = [root];
  let i = 0;
  const fail = (msg: string, el?: string): never => {
    throw new EcfrParseError(`${what}: ${msg} at character ${i}`, el ?? stack[stack.length - 1]!.name);
  };
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > i) {
      const text = decodeEntities(xml.slice(i, textEnd));
      if (stack.length > 1) stack[stack.length - 1]!.children.push(text);
      else if (text.trim()) fail("text outside the root element");
    }
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i);
      if (end === -1) fail("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end === -1) fail("unterminated CDATA section");
      stack[stack.length - 1]!.children.push(xml.slice(i + 9, end));
      i = end + 3;
    } else if (xml.startsWith("<?", i) || xml.startsWith("<!", i)) {
      const end = xml.indexOf(">", i);
      if (end === -1) fail("unterminated declaration");
      i = end + 1;
    } else if (xml.startsWith("</", i)) {
      const end = xml.indexOf(">", i);
      if (end === -1) fail("unterminated end tag");
      const name = xml.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name)
        fail(`</${name}> does not close <${open?.name ?? "nothing"}>`, open?.name ?? name);
      i = end + 1;
    } else {
      const end = findTagEnd(xml, i);
      if (end === -1) fail("unterminated start tag");
      const body = xml.slice(i + 1, end);
      const selfClosing = body.endsWith("/");
      const inner = selfClosing ? body.slice(0, -1) : body;
      const name = NAME.exec(inner)?.[0];
      if (!name) fail("a start tag without a name");
      const attrs: Record<string, string> = {};
      for (const m of inner.slice(name!.length).matchAll(ATTR)) attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? "");
      const el: XmlElement = { name: name!, attrs, children: [], offset: i };
      const parent = stack[stack.length - 1]!;
      if (parent === root && root.children.length > 0) fail("a second root element", name);
      parent.children.push(el);
      if (!selfClosing) stack.push(el);
      i = end + 1;
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1]!.name}> is never closed (the document is cut short)`);
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) throw new EcfrParseError(`${what}: no root element (empty document)`, "#document");
  return top;
}

/** The index of the `>` that ends the tag starting at `start`, skipping quoted attribute values. */
function findTagEnd(xml: string, start: number): number {
  let quote: string | null = null;
  for (let j = start + 1; j < xml.length; j++) {
    const c = xml[j]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j;
  }
  return -1;
}

export const isElement = (n: XmlNode): n is XmlElement => typeof n !== "string";

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (!name || c.name === name));
}

/** Every descendant element with one of these names, in document order. */
export function descendants(el: XmlElement, names: string[]): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children)
      if (isElement(c)) {
        if (names.includes(c.name)) out.push(c);
        walk(c);
      }
  };
  walk(el);
  return out;
}

/** The element's text with whitespace collapsed; `<br>` and block ends read as a space. */
export function textOf(node: XmlNode, skip: (e: XmlElement) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (n: XmlNode) => {
    if (typeof n === "string") parts.push(n);
    else if (!skip(n)) {
      if (n.name === "br") parts.push(" ");
      n.children.forEach(walk);
    }
  };
  walk(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The element's text split at its `<br>` line breaks (a table cell that stacks two requirement lines). */
export function linesOf(el: XmlElement): string[] {
  const lines: string[][] = [[]];
  const walk = (n: XmlNode) => {
    if (typeof n === "string") lines[lines.length - 1]!.push(n);
    else if (n.name === "br") lines.push([]);
    else n.children.forEach(walk);
  };
  walk(el);
  return lines.map((l) => l.join("").replace(/\s+/g, " ").trim()).filter(Boolean);
}
