// axe-core injected directly into the page (@axe-core/playwright needs Node 22): the serious
// and critical violations of a page, each with the elements it found.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export interface Violation {
	id: string;
	impact: string;
	help: string;
	nodes: string[];
}

export async function seriousViolations(page: Page): Promise<Violation[]> {
	await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
	const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
		r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`)) as Violation[];
	return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
