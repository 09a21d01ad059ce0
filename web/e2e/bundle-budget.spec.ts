import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/** Issue 16: what a browser must load before the first screen shows. */
const INITIAL_JS_BUDGET_KB = 300;
const dist = join(__dirname, '..', 'dist');

test('the initial JavaScript of the console stays within 300 KB gzipped', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // the entry script and the chunks it preloads: everything else loads with its screen
  const files = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((match) => match[1]);
  expect(files.length).toBeGreaterThan(0);
  const kb = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024,
    0,
  );
  console.log(`initial JavaScript: ${files.join(', ')}: ${kb.toFixed(1)} KB gzipped`);
  expect(kb).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
});
