// The advanced-computing parameters of ECCN 3A090 (15 CFR 774, Supp. 1), computed from datasheet figures with
// the arithmetic shown. Total processing performance (TPP) = 2 x MacTOPS x bit length = dense TOPS (or TFLOPS)
// x bit length, at the bit length that gives the highest value, sparsity not counted; performance density (PD)
// = TPP / die area in mm2. The thresholds changed with the rules: before 2022-10-07 there was no 3A090;
// from 2022-10-07 (87 FR 62186) 3A090 was TPP >= 4800 with a bidirectional transfer rate >= 600 GB/s; from
// 2023-11-17 (88 FR 73458, released 2023-10-17, effective 2023-11-17: rule-dates.ts) the TPP and PD tests below, with PD counting only for chips designed or marketed
// for data centres. Pure: `asOf` is passed in.
//
// Thresholds checked against the eCFR text of 15 CFR 774 Supp. 1, ECCN 3A090 (as amended by 88 FR 73458 and
// 89 FR 96790; eCFR XML of 2026-06 in ../shared/reference/sourcing/regs): "a.1. A 'total processing
// performance' of 4800 or more; or a.2. A 'total processing performance' of 1600 or more and a 'performance
// density' of 5.92 or more"; "b.1. ... 2400 or more and less than 4800 and a 'performance density' of 1.6 or
// more and less than 5.92, or b.2. ... 1600 or more and a 'performance density' of 3.2 or more and less than
// 5.92"; Note 2: 3A090.a and .b "do not apply to items that are not designed or marketed for use in datacenters
// and do not have a 'total processing performance' of 4800 or more". The regulation states no rounding, so
// TPP and PD are compared unrounded (a PD of 5.915 is below 5.92); they are rounded only for display.

export type ChipFigures = {
  /** dense operations per second, in tera (TOPS or TFLOPS), at `bitLength` */
  denseTops: number | null;
  bitLength: number | null;
  /** TPP stated by a source, used when the TOPS figure is not known */
  statedTpp?: number | null;
  dieAreaMm2: number | null;
  dataCentre: boolean | null;
  /** bidirectional transfer rate, GB/s (the 2022 rule's second test) */
  interconnectGBs?: number | null;
};

export type TppClass = "3A090.a" | "3A090.b" | "not 3A090" | "unknown";
export type TppResult = {
  eccn: TppClass;
  tpp: number | null;
  pd: number | null;
  arithmetic: string[];
  ruleDate: string;
};

export const ruleDates = { firstRule: "2022-10-07", tppPdRule: "2023-11-17" } as const;

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
/** PD for display: two decimals, or three when two would round it onto a threshold it does not reach. */
const showPd = (pd: number) =>
  (pd < 5.92 && round(pd) >= 5.92) || (pd < 3.2 && round(pd) >= 3.2) || (pd < 1.6 && round(pd) >= 1.6)
    ? pd.toFixed(3)
    : String(round(pd));

export function classifyChip(f: ChipFigures, asOf: string): TppResult {
  const arithmetic: string[] = [];
  let tpp: number | null = null;
  if (f.denseTops != null && f.bitLength != null) {
    tpp = f.denseTops * f.bitLength;
    arithmetic.push(`TPP = ${f.denseTops} dense TOPS x ${f.bitLength}-bit = ${round(tpp, 1)}`);
  } else if (f.statedTpp != null) {
    tpp = f.statedTpp;
    arithmetic.push(`TPP = ${tpp} (as stated by the source; no TOPS figure)`);
  }
  const pd = tpp != null && f.dieAreaMm2 ? tpp / f.dieAreaMm2 : null;
  if (pd != null) arithmetic.push(`PD = ${round(tpp!, 1)} / ${f.dieAreaMm2} mm2 = ${showPd(pd)}`);

  if (asOf < ruleDates.firstRule) {
    arithmetic.push(`before ${ruleDates.firstRule} ECCN 3A090 did not exist`);
    return { eccn: "not 3A090", tpp, pd, arithmetic, ruleDate: "2019-10-09" };
  }
  if (tpp == null) {
    arithmetic.push("no performance figure: cannot classify");
    return {
      eccn: "unknown",
      tpp,
      pd,
      arithmetic,
      ruleDate: asOf < ruleDates.tppPdRule ? ruleDates.firstRule : ruleDates.tppPdRule,
    };
  }
  if (asOf < ruleDates.tppPdRule) {
    if (tpp < 4800)
      return {
        eccn: "not 3A090",
        tpp,
        pd,
        arithmetic: [...arithmetic, "TPP < 4800 (2022 rule)"],
        ruleDate: ruleDates.firstRule,
      };
    if (f.interconnectGBs == null)
      return {
        eccn: "unknown",
        tpp,
        pd,
        arithmetic: [...arithmetic, "TPP >= 4800 but no interconnect figure for the 2022 rule's 600 GB/s test"],
        ruleDate: ruleDates.firstRule,
      };
    const caught = f.interconnectGBs >= 600;
    arithmetic.push(`TPP >= 4800 and transfer rate ${f.interconnectGBs} GB/s ${caught ? ">=" : "<"} 600 (2022 rule)`);
    return { eccn: caught ? "3A090.a" : "not 3A090", tpp, pd, arithmetic, ruleDate: ruleDates.firstRule };
  }
  const ruleDate = ruleDates.tppPdRule;
  if (tpp >= 4800) return { eccn: "3A090.a", tpp, pd, arithmetic: [...arithmetic, "TPP >= 4800: 3A090.a"], ruleDate };
  if (f.dataCentre === false)
    return {
      eccn: "not 3A090",
      tpp,
      pd,
      arithmetic: [...arithmetic, "not designed or marketed for data centres and TPP < 4800: PD does not apply"],
      ruleDate,
    };
  if (pd == null) {
    if (tpp < 1600)
      return {
        eccn: "not 3A090",
        tpp,
        pd,
        arithmetic: [...arithmetic, "TPP < 1600: below every 3A090 test"],
        ruleDate,
      };
    return {
      eccn: "unknown",
      tpp,
      pd,
      arithmetic: [...arithmetic, "1600 <= TPP < 4800 and no die area: the PD tests cannot be run"],
      ruleDate,
    };
  }
  if (f.dataCentre == null)
    arithmetic.push("data-centre status unknown: treated as data-centre (the stricter reading)");
  if (tpp >= 1600 && pd >= 5.92)
    return { eccn: "3A090.a", tpp, pd, arithmetic: [...arithmetic, "TPP >= 1600 and PD >= 5.92: 3A090.a"], ruleDate };
  if ((tpp >= 2400 && pd >= 1.6) || (tpp >= 1600 && pd >= 3.2)) {
    return {
      eccn: "3A090.b",
      tpp,
      pd,
      arithmetic: [
        ...arithmetic,
        tpp >= 2400 && pd >= 1.6
          ? "2400 <= TPP < 4800 and 1.6 <= PD < 5.92: 3A090.b"
          : "TPP >= 1600 and 3.2 <= PD < 5.92: 3A090.b",
      ],
      ruleDate,
    };
  }
  return { eccn: "not 3A090", tpp, pd, arithmetic: [...arithmetic, "below the 3A090.a and 3A090.b tests"], ruleDate };
}
