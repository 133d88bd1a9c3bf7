// Runs at prerender: writes the data boot script (src/lib/db/boot.ts) into each page's <head>.
import type { Handle } from '@sveltejs/kit';
import { bootScript } from '$lib/db/boot.ts';

const SCRIPT = bootScript().replace(/<\/script/gi, '<\\/script');

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%xf.boot%', SCRIPT) });
