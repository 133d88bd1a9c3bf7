// Two pieces of one line of text that a layout broke apart (a wrapped line, a cell's second
// paragraph). Chinese runs on with no space; two Latin words or numbers keep one between them,
// or 2020 and 2021 would read as 20202021.
export function joinParts(a: string, b: string): string {
	if (a === '') return b;
	if (b === '') return a;
	return /[A-Za-z0-9.,%]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
