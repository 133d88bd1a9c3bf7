// UI strings of the map page, Chinese first, with the English switch (?lang=en). Shared words
// (metric, year, no data…) come from strings.ts.
import type { Lang } from '../url/view-state.ts';

const STRINGS = {
	title: { zh: '地图', en: 'Map' },
	heading: { zh: '各地信访局指标地图', en: 'Petition bureaus by region' },
	mapLevel: { zh: '地图单元', en: 'Regions' },
	'mapLevel.prefecture': { zh: '按地市（地级信访局）', en: 'Prefectures (prefecture bureaus)' },
	'mapLevel.county': { zh: '按区县（县级信访局）', en: 'Counties (county-level bureaus)' },
	allChina: { zh: '全国', en: 'All of China' },
	zoomTo: { zh: '放大到', en: 'Zoom to' },
	backToChina: { zh: '返回全国', en: 'Back to all of China' },
	activeFilter: { zh: '当前筛选', en: 'Filter' },
	clear: { zh: '清除', en: 'Clear' },
	clickHint: {
		zh: '点击有数据的地区即按该地市筛选下方的单位表；选择省份可放大到该省。',
		en: 'Click a region with data to filter the table below to its prefecture; choose a province to zoom in.'
	},
	indicative: {
		zh: '示意图：边界仅为示意，不是经审核的标准地图，不作为国界、行政区域界线的依据。',
		en: 'Indicative map (示意图): boundaries are approximate; this is not an approved standard map and shows no authoritative border.'
	},
	approved: { zh: '标准地图，审图号：', en: 'Standard map, approval no. ' },
	boundarySource: { zh: '边界来源', en: 'Boundaries' },
	noDataLegend: { zh: '无数据', en: 'No data' },
	noDataRegion: { zh: '无数据：本地区没有单位报告', en: 'No data: no bureau here reported' },
	noDataAll: {
		zh: '无数据：所选范围内没有任何单位报告',
		en: 'No data: no bureau in this view reported'
	},
	medianOf: { zh: '家单位的中位数', en: 'bureaus, median' },
	oneBureau: { zh: '家单位', en: 'bureau' },
	reportYear: { zh: '报告年度', en: 'Report year' },
	regionsWithData: { zh: '个地区有数据', en: 'regions with data' },
	ofRegions: { zh: '共', en: 'of' },
	notOnMap: {
		zh: '以下单位有数据，但边界文件中没有对应区域（如功能区、区划调整后的新代码）：',
		en: 'These have data but no region in the boundary file (functional zones, codes newer than the boundaries):'
	},
	bureausInView: { zh: '筛选范围内的单位', en: 'Bureaus in this view' },
	mapLoading: { zh: '正在加载地图边界…', en: 'Loading boundaries…' },
	mapFailed: { zh: '地图边界文件无法加载', en: 'The boundary file could not be loaded' },
	dbWaiting: { zh: '数据库就绪后着色…', en: 'Colours appear when the database is ready…' },
	low: { zh: '低', en: 'low' },
	high: { zh: '高', en: 'high' },
	name: { zh: '单位', en: 'Bureau' },
	region: { zh: '地区', en: 'Region' },
	yearCol: { zh: '年度', en: 'Year' },
	mapLabel: { zh: '地图：各地区的', en: 'Map of' }
} as const satisfies Record<string, Record<Lang, string>>;

export type MapStringKey = keyof typeof STRINGS;

export function tm(lang: Lang, key: MapStringKey): string {
	return STRINGS[key][lang];
}
