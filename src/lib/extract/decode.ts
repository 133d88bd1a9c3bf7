// Bytes of a report -> text. UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 when the
// bytes are not valid UTF-8. Newlines are normalised to \n here, because fact offsets count in
// the text after this step.
import type { Problem } from './types.ts';

export interface Decoded {
	text: string;
	encoding: string;
	errors: Problem[];
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

export function normalizeNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
}

export function decodeReport(bytes: Uint8Array): Decoded {
	let text: string | null = null;
	let encoding = '';
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		text = tryDecode('utf-8', bytes.subarray(3));
		encoding = 'utf-8';
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		text = tryDecode('utf-16le', bytes.subarray(2));
		encoding = 'utf-16le';
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		text = tryDecode('utf-16be', bytes.subarray(2));
		encoding = 'utf-16be';
	} else {
		text = tryDecode('utf-8', bytes);
		encoding = 'utf-8';
		if (text === null) {
			text = tryDecode('gb18030', bytes);
			encoding = 'gb18030';
		}
	}
	if (text === null) {
		return {
			text: '',
			encoding,
			errors: [{ code: 'undecodable', message: `the bytes are not valid ${encoding || 'UTF-8 or GB18030'} text` }]
		};
	}
	const errors: Problem[] = [];
	if (text.includes('\u0000')) errors.push({ code: 'binary', message: 'the file holds NUL characters: not a text report' });
	return { text: normalizeNewlines(text), encoding, errors };
}
