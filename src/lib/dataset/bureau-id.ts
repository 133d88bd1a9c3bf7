// A bureau keeps one id across region renames because the id is the current-vintage region
// code (old codes are mapped through the crosswalk before they get here). A unit under the
// bureau (e.g. 人民来访接待中心) reporting on its own is a body of its own, so its name joins
// the code.

const MAIN_BODY = /信访(局|办|办公室|工作办公室|工作局)$/;

export function bureauId(name: string | null, regionCode: string | null): string | null {
	if (regionCode) {
		if (!name || MAIN_BODY.test(name)) return regionCode;
		return `${regionCode}:${name}`;
	}
	return name ? `name:${name}` : null;
}
