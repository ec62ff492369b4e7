// What the drop-in must never contain (SPEC "Never"): storage, cookies, other request channels,
// string-to-code, fingerprinting. A static check of the built file, beside the browser tests
// that watch requests and storage at run time. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const bundle = readFileSync(new URL('../../dist/ispine-widgets.js', import.meta.url), 'utf8');
const frame = readFileSync(new URL('../../dist/checker-frame.html', import.meta.url), 'utf8');

const FORBIDDEN = {
  storage: /localStorage|sessionStorage|indexedDB|document\.cookie|caches\./,
  'other request channels': /XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts/,
  'string to code': /\beval\(|new Function\b|setTimeout\(\s*["'`]/,
  fingerprinting:
    /userAgent|toDataURL|getImageData|hardwareConcurrency|deviceMemory|navigator\.plugins/,
};

for (const [what, pattern] of Object.entries(FORBIDDEN)) {
  test(`the drop-in uses no ${what}`, () => {
    assert.doesNotMatch(bundle, pattern);
  });
}

test('the drop-in is a classic script: no import or export statements', () => {
  assert.doesNotMatch(bundle, /^\s*(import|export)\s/m);
  // After the compile-hint comment, one wrapped function: nothing leaks into the page's scope.
  const code = bundle.replace(/^\/\/# allFunctionsCalledOnLoad\n/, '');
  assert.match(code, /^\s*\(function|^\s*!function|^\s*\(\(\)\s*=>/);
});

test('the compiled templates carry no indentation (minified before the Lit compiler)', () => {
  // rollup.config.mjs: each html`` template's whitespace runs become one space before
  // compileLitTemplates() writes its HTML, which minifying afterwards cannot reach.
  assert.doesNotMatch(bundle, /\n[ \t]+<\/?[a-z?]/);
});

test("the drop-in opens with V8's compile hint, on its own line", () => {
  assert.ok(bundle.startsWith('//# allFunctionsCalledOnLoad\n'));
});

test('the checker frame allows scripts and requests to its own origin only (the clinic’s config files)', () => {
  const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(frame)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /connect-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.doesNotMatch(frame, /<script>(?!<\/script>)/, 'no inline script');
});

test("the drop-in carries neither the checker's questions nor their styles (they live in its frame)", () => {
  const checkerFrame = readFileSync(
    new URL('../../dist/checker-frame.js', import.meta.url),
    'utf8',
  );
  for (const [what, pattern] of [
    ['a question', /saddle/],
    ["the result's care card", /care-card/],
    ['the choices', /accent-color/],
  ]) {
    assert.doesNotMatch(bundle, pattern, `the drop-in holds ${what}`);
    assert.match(checkerFrame, pattern, `the frame lacks ${what}`);
  }
});
