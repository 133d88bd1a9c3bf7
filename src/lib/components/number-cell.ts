// A table's numbers as plain data, drawn as plain elements rather than a component each: the
// text, and how the number opens its source — a link to the viewer at its one sentence, or a
// button whose inputs one click handler for the whole table lists, built when it is clicked.
import type { Provenance } from '../metrics/inputs.ts';
import type { FactSource } from '../metrics/provenance.ts';
import type { InputsPanel, InputsRequest } from './inputs-panel.ts';

export interface NumberLink {
	text: string;
	/** 'fact': a link to its sentence (href); 'inputs': a button that lists its inputs; null: plain text */
	link: 'fact' | 'inputs' | null;
	href: string | null;
	/** one of its facts was corrected (data/corrections.csv) */
	corrected: boolean;
}

/** A number read from one fact links to that fact's sentence; a computed one (or one read from
 * several facts) lists its inputs; one without any is plain text. */
export function numberLink(text: string, prov: Provenance, href: (s: FactSource & { report_ref: string }) => string): NumberLink {
	const one = prov.inputs.length === 1 ? prov.inputs[0]! : null;
	const single = one && !prov.computed && one.report_ref ? (one as FactSource & { report_ref: string }) : null;
	return {
		text,
		link: single ? 'fact' : prov.inputs.length > 0 ? 'inputs' : null,
		href: single ? href(single) : null,
		corrected: prov.inputs.some((s) => s.original_value != null)
	};
}

export type InputsRequester = (row: number, col: string) => InputsRequest | null;

/** Svelte action: one click handler for every inputs button in a table. The button's row
 * (tr[data-row], an index into the rows drawn) and column (td[data-col]) say which number;
 * `request` computes what the panel lists. Enter and Space on a button are clicks too. */
export function inputsButtons(node: HTMLElement, params: { panel: InputsPanel; request: InputsRequester }) {
	let current = params;
	const onclick = (e: MouseEvent) => {
		const button = (e.target as Element | null)?.closest?.('button[data-source-link="inputs"]');
		if (!button || !node.contains(button)) return;
		const row = Number(button.closest('tr')?.dataset.row);
		const col = button.closest('[data-col]')?.getAttribute('data-col');
		const request = Number.isInteger(row) && col ? current.request(row, col) : null;
		if (request) current.panel.open(request);
	};
	node.addEventListener('click', onclick);
	return {
		update(next: typeof params) {
			current = next;
		},
		destroy() {
			node.removeEventListener('click', onclick);
		}
	};
}
