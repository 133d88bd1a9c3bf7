// The "where does this number come from" panel, opened from any page: a computed number (a
// ratio, a median, a sum) lists its inputs, each with its value, sentence and a link to the
// source viewer. The (app) layout owns the one dialog; views reach it through context.
import { getContext, setContext } from 'svelte';
import type { FactSource } from '../metrics/provenance.ts';

export interface InputGroup {
	/** what the group is: a bureau and year, or an input's name */
	label: string;
	/** the group's own value, formatted (e.g. a bureau's total in a sum) */
	value?: string;
	sources: FactSource[];
	note?: string;
	/** marked (e.g. the middle value of a median) */
	marked?: boolean;
}

export interface InputsRequest {
	title: string;
	/** the number itself, formatted */
	value: string;
	/** how it is computed, in words */
	how?: string;
	groups: InputGroup[] | (() => Promise<InputGroup[]>);
	/** census population, when it is an input */
	population?: number | null;
}

export interface InputsPanel {
	open(request: InputsRequest): void;
}

const KEY = Symbol('inputs-panel');

export function setInputsPanel(panel: InputsPanel): void {
	setContext(KEY, panel);
}

export function getInputsPanel(): InputsPanel {
	return getContext<InputsPanel | undefined>(KEY) ?? { open: () => undefined };
}
