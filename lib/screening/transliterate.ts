// Other scripts to Latin letters, so a name written in Cyrillic or Chinese meets its romanised list entry.
// Well-kept libraries do the work: opencc-js folds Traditional to Simplified Chinese, pinyin-pro writes Han
// characters as toneless pinyin, any-ascii transliterates every other script (Cyrillic, Greek, Arabic ...).
// Chinese company names mix a brand or place (romanised as pinyin on the lists: 浙江大华 = Zhejiang Dahua)
// with common words the lists translate (技术 = Technology): the glossary below translates those words
// before the rest is written as pinyin.
import anyAscii from "any-ascii";
import { Converter } from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";

/**
 * Words of Chinese company and institution names, with the English the lists use. Institutions are listed by
 * translation ("国家超级计算长沙中心" is the "National Supercomputing Center Changsha"), companies by a brand or
 * pinyin plus translated common words, so the glossary translates institution and industry words and leaves
 * places and brands to pinyin. Whole phrases come before the words they hold (longest first).
 */
const chineseGlossary: [string, string][] = Object.entries({
  // legal forms
  股份有限公司: "co ltd",
  有限责任公司: "co ltd",
  集团有限公司: "group co ltd",
  集团股份有限公司: "group co ltd",
  集团公司: "group corporation",
  有限公司: "co ltd",
  股份公司: "co ltd",
  总公司: "corporation",
  公司: "company",
  // institutions
  国防科技大学: "national university of defense technology",
  科技大学: "university of science and technology",
  工业大学: "polytechnical university",
  理工大学: "university of science and technology",
  航空航天大学: "university of aeronautics and astronautics",
  师范大学: "normal university",
  大学: "university",
  学院: "college",
  研究所: "research institute",
  研究院: "academy",
  研究中心: "research center",
  研究: "research",
  科学院: "academy of sciences",
  工程院: "academy of engineering",
  实验室: "laboratory",
  重点: "key",
  中心: "center",
  国家: "national",
  超级计算: "supercomputing",
  超算: "supercomputing",
  计算机: "computer",
  计算: "computing",
  物理: "physics",
  化学: "chemical",
  材料: "material",
  工程: "engineering",
  科学技术: "science and technology",
  科学: "science",
  科工: "science and industry",
  科技: "technology",
  航天科技: "aerospace science and technology",
  航天科工: "aerospace science and industry",
  技术: "technology",
  // industries
  集成电路: "integrated circuit",
  微电子: "microelectronics",
  半导体: "semiconductor",
  光电子: "optoelectronics",
  光电: "optoelectronics",
  电子: "electronics",
  电气: "electric",
  电力: "power",
  能源: "energy",
  核工业: "nuclear industry",
  核电: "nuclear power",
  核: "nuclear",
  船舶: "shipbuilding",
  造船: "shipbuilding",
  重工: "heavy industry",
  兵器: "ordnance",
  运载火箭: "launch vehicle",
  火箭: "rocket",
  卫星: "satellite",
  导弹: "missile",
  雷达: "radar",
  航空发动机: "aero engine",
  发动机: "engine",
  飞机: "aircraft",
  航空: "aviation",
  航天: "aerospace",
  空气动力: "aerodynamics",
  工业: "industry",
  制造: "manufacturing",
  机械: "machinery",
  设备: "equipment",
  仪器: "instrument",
  精密: "precision",
  自动化: "automation",
  控制: "control",
  测量: "measuring",
  网络: "network",
  信息产业: "information industry",
  信息: "information",
  数据: "data",
  数字: "digital",
  设计: "design",
  开发: "development",
  发展: "development",
  智能: "intelligent",
  软件: "software",
  通信: "communications",
  电信: "telecom",
  移动: "mobile",
  联通: "unicom",
  系统: "systems",
  光学: "optical",
  材料科技: "material technology",
  投资: "investment",
  控股: "holdings",
  集团: "group",
  国际: "international",
  贸易: "trading",
  商贸: "trading",
  物流: "logistics",
  进出口: "import export",
  实业: "industrial",
  产业: "industry",
  与: "and",
  和: "and",
  及: "and",
  // places and directions the lists translate rather than transliterate
  中国人民解放军: "china people liberation army",
  中国: "china",
  中华: "china",
  香港: "hong kong",
  澳门: "macau",
  西北: "northwestern",
  西南: "southwest",
  东北: "northeast",
  东南: "southeast",
  华北: "north china",
  华南: "south china",
  华东: "east china",
  内蒙古: "inner mongolia",
}).sort((a, b) => b[0].length - a[0].length);

const chineseDigits: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A Chinese numeral up to 999 ("十三" 13, "五十四" 54, "七〇二" 702), or null. */
export function chineseNumber(s: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  if (!/[十百]/.test(s)) return Number([...s].map((c) => chineseDigits[c]).join(""));
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = chineseDigits[c]!;
  }
  return total + digit;
}

const ordinalSuffix = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");

/** "第十三研究所" is the "13th Research Institute": numbered institutes, academies and factories. */
function numberedUnits(s: string): string {
  return s.replace(
    /第?([〇零一二两三四五六七八九十百]+|\d+)(研究所|研究院|所|院|厂)/g,
    (whole, num: string, unit: string) => {
      const n = /^\d+$/.test(num) ? Number(num) : chineseNumber(num);
      if (n === null) return whole;
      const english = unit === "厂" ? "factory" : unit === "院" || unit === "研究院" ? "academy" : "research institute";
      return ` ${n}${ordinalSuffix(n)} ${english} `;
    },
  );
}

const han = /\p{Script=Han}/u;
import { hangulWords, hasHangul } from "./romanise";

const hanRun = /\p{Script=Han}+/gu;
const nonAscii = /[^\u0000-\u007f]/;

let toSimplified: ((s: string) => string) | null = null;

function chineseToLatin(s: string): string {
  toSimplified ??= Converter({ from: "t", to: "cn" });
  let out = numberedUnits(toSimplified(s).replace(/[市省]/g, " "));
  for (const [word, english] of chineseGlossary) out = out.split(word).join(` ${english} `);
  // each remaining run of characters becomes one token of joined pinyin; the scorer splits it along the
  // list's own vocabulary ("zhejiangdahua" -> "zhejiang dahua")
  return out.replace(hanRun, (run) => ` ${pinyin(run, { toneType: "none", type: "array" }).join("")} `);
}

/** Latin-script text for any name; ASCII input is returned as it is. */
export function toLatin(s: string): string {
  if (!nonAscii.test(s)) return s;
  let text = han.test(s) ? chineseToLatin(s) : s;
  // Korean company words by meaning, the rest as one romanised word per run (romanise.ts)
  if (hasHangul(text)) text = hangulWords(text);
  return anyAscii(text).toLowerCase();
}
