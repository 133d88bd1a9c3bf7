import { describe, expect, it } from 'vitest';
import { assertChromium, chromiumPath, ChromiumMissingError, DEFAULT_CHROMIUM } from '../scripts/browser/chromium.ts';

describe('chromium lookup', () => {
	it('uses /usr/bin/chromium unless CHROMIUM_PATH says otherwise', () => {
		expect(chromiumPath({})).toBe(DEFAULT_CHROMIUM);
		expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
	});
	it('fails with the install command when the binary is missing, never skips', () => {
		expect(() => assertChromium('/nonexistent/chromium')).toThrow(ChromiumMissingError);
		expect(() => assertChromium('/nonexistent/chromium')).toThrow(/apt-get install -y chromium fonts-noto-cjk/);
		expect(() => assertChromium('/nonexistent/chromium')).toThrow(/CHROMIUM_PATH=/);
	});
});
