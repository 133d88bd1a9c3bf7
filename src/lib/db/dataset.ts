// Which data directory the site loads. The real dataset is data/; the synthetic national panel
// (npm run synth) is data-synth/ and is chosen only explicitly, by ?data=synth or by building
// with PUBLIC_DATASET=synth. Only these names are accepted, so a URL cannot point the site at
// another origin.
export type DatasetId = 'real' | 'synth';

export const DATASET_DIRS: Record<DatasetId, string> = { real: 'data/', synth: 'data-synth/' };

export function datasetFrom(params: URLSearchParams, buildDefault: string | undefined): DatasetId {
	const asked = params.get('data');
	if (asked === 'synth' || asked === 'real') return asked;
	return buildDefault === 'synth' ? 'synth' : 'real';
}

export async function fetchJson<T>(url: URL, what: string, check: (x: unknown) => x is T): Promise<T> {
	const response = await fetch(url);
	if (!response.ok)
		throw new Error(`${what} 无法加载：${url.pathname} 返回 HTTP ${response.status}（请先运行 npm run ingest，或检查服务器配置）`);
	const body: unknown = await response.json().catch(() => null);
	if (!check(body)) throw new Error(`${what} 格式不正确：${url.pathname}`);
	return body;
}
