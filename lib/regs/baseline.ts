// The regulation tables the product ships: compiled by the team from the regulation text (15 CFR parts 738, 740
// and 774 as in force on 2026-07-23), not converted from anyone's table. data/regs/SOURCES.md says how each
// part was compiled, what was checked against what, and what is left out. A check uses the version lib/data
// loads for its date (`npx chokepoint regs update`); this baseline answers when none is loaded.
import data from "../../data/regs/baseline-2026-07-23.json";
import type { RegulationVersion } from "./types";

export const baselineRegulation = data as RegulationVersion;
