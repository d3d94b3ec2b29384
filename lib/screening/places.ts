// Place names that open many company names on the lists ("Beijing ...", "Shenzhen ...", "Moscow ...").
// The list's own rarity weights already make the frequent ones cheap; a place the list happens to name only
// a few times would otherwise weigh as much as a brand, so "Zhejiang Dahua" would differ from "Dahua" by a
// distinctive word. Places are capped to a low weight and never count as what makes a name distinctive.
export const placeWeightCap = 1.5;

export const placeTokens: ReadonlySet<string> = new Set(
  // Chinese provinces, regions and large cities (pinyin as the lists write them)
  (
    "china chinese beijing shanghai tianjin chongqing hebei shanxi liaoning jilin heilongjiang jiangsu zhejiang anhui fujian jiangxi " +
    "shandong henan hubei hunan guangdong hainan sichuan guizhou yunnan shaanxi gansu qinghai taiwan guangxi xinjiang ningxia xizang " +
    "tibet neimenggu shenzhen guangzhou hangzhou nanjing wuhan chengdu xian suzhou wuxi changsha dalian qingdao xiamen ningbo hefei " +
    "zhengzhou jinan harbin shenyang changchun kunming nanchang fuzhou dongguan foshan zhuhai shijiazhuang taiyuan lanzhou urumqi " +
    "hongkong macau macao " +
    // Russia and its neighbours
    "russia russian moscow moskva petersburg sankt saint leningrad yekaterinburg ekaterinburg novosibirsk kazan nizhny novgorod samara " +
    "omsk chelyabinsk rostov ufa krasnoyarsk perm voronezh volgograd tula kaluga belarus minsk kazakhstan ukraine crimea sevastopol " +
    // others frequent on the lists
    "iran tehran isfahan syria damascus pakistan karachi lahore islamabad uae dubai sharjah emirates turkey istanbul ankara " +
    "singapore malaysia india korea pyongyang armenia yerevan georgia uzbekistan tashkent kyrgyzstan lebanon beirut iraq baghdad " +
    "venezuela caracas cuba havana myanmar burma yangon asia europe international global"
  ).split(" "),
);
