// .docx bytes -> report text, through mammoth (its browser build is picked by bundlers, so the
// same module runs in the page). Empty paragraphs are kept: they are the blank lines.
import mammoth from 'mammoth';
import { docxHtmlToText } from './docxHtml.ts';
import type { ReadReport } from './read.ts';

const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array): Promise<ReadReport> {
	const { buffer, byteOffset, byteLength } = bytes;
	const arrayBuffer = buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
	try {
		// Node's mammoth reads `buffer`, the browser build `arrayBuffer`
		const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
		const options = { ignoreEmptyParagraphs: false, convertImage: noImages };
		const result = await mammoth.convertToHtml(input, options);
		return { text: docxHtmlToText(result.value), errors: [] };
	} catch (e) {
		const message = `the Word document cannot be read (${(e as Error).message})`;
		return { text: '', errors: [{ code: 'unreadable_docx', message }] };
	}
}
