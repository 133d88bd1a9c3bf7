// .pdf bytes -> report text, through unpdf's build of pdf.js (it runs in the browser too): the
// text layer in pieces with their positions, and the ruling lines, page by page.
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { PageContent, Piece } from './pdfGeometry.ts';
import { pageLines } from './pdfLines.ts';
import { linesToText } from './pdfParagraphs.ts';
import { rulesFromOperators, type DrawOps } from './pdfRules.ts';
import type { ReadReport } from './read.ts';

// pdf.js 5 calls ArrayBuffer.prototype.transferToFixedLength when it loads fonts for the
// operator list; browsers have it, Node has it from 21, and this package supports Node 20.
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
	Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
		configurable: true,
		writable: true,
		value(this: ArrayBuffer, length?: number): ArrayBuffer {
			const out = new ArrayBuffer(length ?? this.byteLength);
			const kept = Math.min(out.byteLength, this.byteLength);
			new Uint8Array(out).set(new Uint8Array(this, 0, kept));
			return out;
		}
	});
}

interface TextItemLike {
	str?: string;
	transform?: number[];
	width?: number;
}

function pieceOf(item: TextItemLike): Piece | null {
	if (typeof item.str !== 'string' || !item.transform) return null;
	const [a, b, c, d, x, y] = item.transform as [number, number, number, number, number, number];
	const size = Math.hypot(c, d) || Math.hypot(a, b);
	return { str: item.str, x, y, w: item.width ?? 0, size };
}

async function loadPages(bytes: Uint8Array): Promise<PageContent[]> {
	const { OPS } = await getResolvedPDFJS();
	// a copy: pdf.js takes the buffer over, and refuses a Node Buffer
	// verbosity 0: pdf.js prints its warnings with console.log, onto the CLI's JSON lines
	const options = { isEvalSupported: false, verbosity: 0 };
	const pdf = await getDocumentProxy(new Uint8Array(bytes), options);
	try {
		const pages: PageContent[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const [x0, , x1] = page.view as [number, number, number, number];
			const content = await page.getTextContent();
			const ops = await page.getOperatorList();
			const pieces = content.items
				.map((i) => pieceOf(i as TextItemLike))
				.filter((p): p is Piece => p !== null);
			const rules = rulesFromOperators(ops.fnArray, ops.argsArray, OPS as unknown as DrawOps);
			pages.push({ width: x1 - x0, pieces, rules });
			page.cleanup();
		}
		return pages;
	} finally {
		await pdf.destroy();
	}
}

export async function readPdf(bytes: Uint8Array): Promise<ReadReport> {
	let pages: PageContent[];
	try {
		pages = await loadPages(bytes);
	} catch (e) {
		const err = e as Error;
		const locked = err.name === 'PasswordException';
		const why = locked ? 'it is password-protected' : `${err.name}: ${err.message}`;
		return { text: '', errors: [{ code: 'unreadable_pdf', message: `the PDF cannot be read (${why})` }] };
	}
	const text = linesToText(pages.flatMap((p, i) => pageLines(p, i + 1)));
	if (text.trim() === '') {
		const message = `the PDF has ${pages.length} page(s) but no text layer (a scan?): it needs OCR first`;
		return { text: '', errors: [{ code: 'no_text_layer', message }] };
	}
	return { text, errors: [] };
}
