// The checker frame's protocol (src/checker-frame/protocol.ts): what the page sends the frame in
// its URL, and which of the frame's messages the page accepts. Run after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  clinicConfigName,
  frameUrl,
  isFrameMessage,
} from '../../dist/esm/checker-frame/protocol.js';

const settingsIn = (url) => JSON.parse(decodeURIComponent(new URL(url).hash.slice(1)));

test('the page accepts only the five content-free messages', () => {
  assert.equal(isFrameMessage({ ispine: 'ready' }), true);
  assert.equal(isFrameMessage({ ispine: 'shown' }), true);
  assert.equal(isFrameMessage({ ispine: 'start' }), true);
  assert.equal(isFrameMessage({ ispine: 'call', clinicId: null }), true);
  assert.equal(isFrameMessage({ ispine: 'book', clinicId: 'sartell' }), true);
  for (const bad of [
    null,
    'start',
    { ispine: 'height', height: 300 },
    { ispine: 'ispine-checker-complete' },
    { ispine: 'call' },
    { ispine: 'call', clinicId: 'Sartell <b>' },
    { ispine: 'book', clinicId: 42 },
  ]) {
    assert.equal(isFrameMessage(bad), false, JSON.stringify(bad));
  }
});

test('settings survive a page that redefines toJSON or breaks JSON.stringify', () => {
  const settings = { lang: 'es', theme: 'auto', font: '"Noto Sans", a\\b\n\u2028', config: 'x' };
  const { stringify } = JSON;
  Array.prototype.toJSON = () => 'broken';
  Object.prototype.toJSON = () => 'broken';
  JSON.stringify = () => {
    throw new Error('broken');
  };
  try {
    const url = frameUrl('https://widgets.example.org/ispine/', settings);
    assert.ok(url.startsWith('https://widgets.example.org/ispine/checker-frame.html#'));
    delete Array.prototype.toJSON;
    delete Object.prototype.toJSON;
    assert.deepEqual(settingsIn(url), settings);
  } finally {
    delete Array.prototype.toJSON;
    delete Object.prototype.toJSON;
    JSON.stringify = stringify;
  }
});

test('names the page’s configuration to the frame only when the clinic publishes it', () => {
  const files = 'https://widgets.example.org/ispine/';
  const page = 'https://shop.example.com/race/';
  const name = (url) => clinicConfigName(url, files, page);
  assert.equal(name(`${files}config/twin-cities.json`), 'twin-cities');
  assert.equal(name('https://widgets.example.org/ispine/config/v2.partner.json'), 'v2.partner');
  for (const elsewhere of [
    undefined,
    '/config/twin-cities.json',
    'config/twin-cities.json',
    `${files}twin-cities.json`,
    `${files}config/a/b.json`,
    `${files}config/twin-cities.json?x=1`,
    `${files}config/twin-cities.txt`,
    `${files}config/..json`,
    'https://evil.example/ispine/config/twin-cities.json',
  ]) {
    assert.equal(name(elsewhere), undefined, elsewhere);
  }
});
