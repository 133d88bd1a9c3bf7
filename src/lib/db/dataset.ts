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

/** How a build places its data: which dataset is the default, and (PUBLIC_DATA_URL) an absolute
 * URL of the default dataset's directory on a separate static host; '' keeps it beside the site. */
export interface DataPlacement {
	defaultDataset: string;
	dataUrl: string;
}

/**
 * The absolute URL of a dataset's directory. Only the build's default dataset can live on another
 * origin, and only at the URL the build was configured with: a URL parameter can pick a dataset
 * by name, never a host. Self-contained (no imports): the inline boot script runs it too.
 */
export function dataUrlOf(id: DatasetId, siteBase: string, dirs: Record<DatasetId, string>, placement: DataPlacement, here: string): string {
	const dir = id === placement.defaultDataset && placement.dataUrl ? placement.dataUrl : `${siteBase}/${dirs[id]}`;
	return new URL(dir.endsWith('/') ? dir : `${dir}/`, here).href;
}

/** The placement this build was made with (vite.config.ts defines both from the environment). */
export const BUILD_PLACEMENT: DataPlacement = { defaultDataset: __DEFAULT_DATASET__, dataUrl: __DATA_URL__ };

/** Fetch and check a JSON file; `started` is a fetch of the same URL begun earlier (the boot script). */
export async function fetchJson<T>(url: URL, what: string, check: (x: unknown) => x is T, started?: Promise<Response>): Promise<T> {
	const response = await (started ?? fetch(url))
		.catch(() => fetch(url))
		.catch((e: unknown) => {
			// a network error or a data host that does not allow this site (CORS): fetch says only
			// "Failed to fetch", so name the file, the host and the likely cause
			throw new Error(`${what} 无法加载：${url.href}（网络不通，或数据服务器未允许本站跨域读取 CORS）: ${e instanceof Error ? e.message : String(e)}`);
		});
	if (!response.ok)
		throw new Error(`${what} 无法加载：${url.pathname} 返回 HTTP ${response.status}（请先运行 npm run ingest，或检查服务器配置）`);
	const body: unknown = await response.json().catch(() => null);
	if (!check(body)) throw new Error(`${what} 格式不正确：${url.pathname}`);
	return body;
}
