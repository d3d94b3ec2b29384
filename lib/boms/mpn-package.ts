// Part numbers written with their package in brackets, as many KiCad libraries name parts:
// "LAN8710A-EZC(QFN32)", "BAT54C(SOT23-3)", "TPS2378DDAR(HSOIC-8)". The package is not part of the MPN
// a distributor, a manufacturer's declaration or the Entity List rules would match.

// the package families seen in real BOMs; a bracket holding anything else ("Farnell:1281844", another part
// number) is left in place
const PACKAGE =
  /^(?:SOT|SOD|SOIC|HSOIC|ESOIC|SOP|SSOP|TSSOP|MSOP|QFN|VQFN|WQFN|UQFN|DFN|QFP|LQFP|TQFP|BGA|DIP|PDIP|SIP|TO|SMA|SMB|SMC|DO|DPAK|D2PAK|SC|USON|WSON|CSP|WLCSP|LGA|PLCC|USB_MICRO)(?:[-_ ]?\d[0-9A-Z.\-_x]*)?$/i;

export const isPackageName = (s: string): boolean => PACKAGE.test(s.trim());

/** "LAN8710A-EZC(QFN32)" -> { mpn: "LAN8710A-EZC", package: "QFN32" }; null when there is no package to split. */
export function splitMpnPackage(text: string): { mpn: string; package: string } | null {
  const m = /^(\S+?)\s*\(([^()]+)\)$/.exec(text.trim());
  if (!m) return null;
  const [, mpn, pkg] = m;
  if (!isPackageName(pkg!) || !looksLikePartNumber(mpn!)) return null;
  return { mpn: mpn!, package: pkg!.trim() };
}

/**
 * Whether a value reads as a manufacturer part number ("P-B-V-10-LF", "WPM2015-3/TR") rather than an
 * electrical value or a description ("10k/R0402", "22uF/6.3V/20%/X5R/C0603", "LED/GREEN/0603", "SMAJ58A/SMA").
 */
export function looksLikePartNumber(value: string): boolean {
  const v = value.trim();
  if (v.length < 4 || /[\s%*()]/.test(v)) return false;
  const [first, ...rest] = v.split("/");
  if (!first || !/[A-Za-z]/.test(first) || !/\d/.test(first)) return false;
  if (/^\d+(\.\d+)?[pnuµmkMG]?(F|H|R|Ω|ohm)?$/i.test(first)) return false; // 100nF, 4.7k, 10R
  // every further segment a suffix such as TR (tape and reel), never a parameter, a size or a package
  return rest.every((s) => s !== "" && !/^\d/.test(s) && !/^[RCL]\d{4}$/i.test(s) && !isPackageName(s));
}
