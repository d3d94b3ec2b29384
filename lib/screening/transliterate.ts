// Other scripts to Latin letters, so a name written in Cyrillic or Chinese meets its romanised list entry.
// Well-kept libraries do the work: opencc-js folds Traditional to Simplified Chinese, pinyin-pro writes Han
// characters as toneless pinyin, any-ascii transliterates every other script (Cyrillic, Greek, Arabic ...).
// Chinese company names mix a brand or place (romanised as pinyin on the lists: 浙江大华 = Zhejiang Dahua)
// with common words the lists translate (技术 = Technology): the glossary below translates those words
// before the rest is written as pinyin.
import anyAscii from "any-ascii";
import { Converter } from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";

/** Common words in Chinese company names, with the English the lists use. Longest first. */
const chineseGlossary: [string, string][] = Object.entries({
  股份有限公司: "co ltd",
  有限责任公司: "co ltd",
  有限公司: "co ltd",
  股份公司: "co ltd",
  集成电路: "integrated circuit",
  研究所: "institute",
  研究院: "research institute",
  微电子: "microelectronics",
  半导体: "semiconductor",
  大学: "university",
  科技: "technology",
  技术: "technology",
  网络: "network",
  电子: "electronics",
  集团: "group",
  信息: "information",
  设计: "design",
  计算: "computing",
  开发: "development",
  智能: "intelligent",
  软件: "software",
  通信: "communication",
  仪器: "instrument",
  航空: "aviation",
  航天: "aerospace",
  工业: "industry",
  制造: "manufacturing",
  国际: "international",
  贸易: "trading",
  物流: "logistics",
  中国: "china",
  控股: "holdings",
  数字: "digital",
  光电: "optoelectronics",
  系统: "systems",
  工程: "engineering",
  公司: "company",
  进出口: "import export",
  香港: "hong kong",
  产业: "industry",
}).sort((a, b) => b[0].length - a[0].length);

const han = /\p{Script=Han}/u;
const hanRun = /\p{Script=Han}+/gu;
const nonAscii = /[^\u0000-\u007f]/;

let toSimplified: ((s: string) => string) | null = null;

function chineseToLatin(s: string): string {
  toSimplified ??= Converter({ from: "t", to: "cn" });
  let out = toSimplified(s).replace(/[市省]/g, " ");
  for (const [word, english] of chineseGlossary) out = out.split(word).join(` ${english} `);
  // each remaining run of characters becomes one token of joined pinyin; the scorer splits it along the
  // list's own vocabulary ("zhejiangdahua" -> "zhejiang dahua")
  return out.replace(hanRun, (run) => ` ${pinyin(run, { toneType: "none", type: "array" }).join("")} `);
}

/** Latin-script text for any name; ASCII input is returned as it is. */
export function toLatin(s: string): string {
  if (!nonAscii.test(s)) return s;
  const withChinese = han.test(s) ? chineseToLatin(s) : s;
  return anyAscii(withChinese).toLowerCase();
}
