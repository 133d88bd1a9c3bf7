// mammoth's HTML for a .docx -> report text: one line per paragraph, one line per table row with
// its cells separated by tabs. Merged cells keep their columns: a cell spanning columns is
// followed by empty cells, and the rows under a cell spanning rows get an empty cell there.
import { joinParts } from './join.ts';

interface Grid {
	rows: string[][];
	row: string[];
	/** Rows still covered by a cell above, per column. */
	covered: number[];
	cell: string[] | null;
	cellCols: number;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
		if (/^#x/i.test(e)) return String.fromCodePoint(parseInt(e.slice(2), 16));
		if (e[0] === '#') return String.fromCodePoint(parseInt(e.slice(1), 10));
		return ENTITIES[e.toLowerCase()] ?? m;
	});
}

function span(attrs: string, name: string): number {
	const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
	return m ? Math.max(1, Number(m[1])) : 1;
}

function fillCovered(g: Grid): void {
	while ((g.covered[g.row.length] ?? 0) > 0) {
		g.covered[g.row.length]!--;
		g.row.push('');
	}
}

export function docxHtmlToText(html: string): string {
	const lines: string[] = [];
	const grids: Grid[] = [];
	let para: string | null = null;
	const top = () => grids[grids.length - 1];
	const endPara = () => {
		if (para === null) return;
		const cell = top()?.cell;
		if (cell) cell.push(para.replace(/\t/g, ' ').trim());
		else if (grids.length === 0) lines.push(para);
		para = null;
	};
	const tag = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;
	for (let m = tag.exec(html); m; m = tag.exec(html)) {
		const [, close, rawName, attrs = '', text] = m;
		if (text !== undefined) {
			para = (para ?? '') + decodeEntities(text);
			continue;
		}
		const name = rawName!.toLowerCase();
		const g = top();
		if (/^(p|h[1-6]|li)$/.test(name)) {
			endPara();
			if (!close) para = '';
		} else if (name === 'br') {
			endPara();
			para = '';
		} else if (name === 'table' && !close) {
			endPara();
			grids.push({ rows: [], row: [], covered: [], cell: null, cellCols: 1 });
		} else if (name === 'table' && g) {
			grids.pop();
			const flat = g.rows.map((r) => r.join(' ').trim()).filter((r) => r !== '');
			const outer = top();
			if (outer?.cell) outer.cell.push(...flat);
			else lines.push(...g.rows.map((r) => r.join('\t')));
		} else if (name === 'tr' && g) {
			if (close) {
				fillCovered(g);
				g.rows.push(g.row);
			}
			g.row = [];
		} else if ((name === 'td' || name === 'th') && g) {
			endPara();
			if (!close) {
				fillCovered(g);
				g.cell = [];
				g.cellCols = span(attrs, 'colspan');
				const below = span(attrs, 'rowspan') - 1;
				for (let k = 0; k < g.cellCols; k++) g.covered[g.row.length + k] = below;
			} else if (g.cell) {
				g.row.push(g.cell.filter((p) => p !== '').reduce(joinParts, ''));
				for (let k = 1; k < g.cellCols; k++) g.row.push('');
				g.cell = null;
			}
		}
	}
	endPara();
	return lines.join('\n');
}
