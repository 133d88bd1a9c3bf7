// Every page is prerendered to static HTML; the data is queried in the browser.
export const prerender = true;
export const trailingSlash = 'always';
