// The checker frame's protocol (src/checker-frame/protocol.ts): what the page sends the frame in
// its URL, and which of the frame's messages the page accepts. Run after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeJson, frameUrl, isFrameMessage } from '../../dist/esm/checker-frame/protocol.js';

const settingsIn = (url) => JSON.parse(decodeURIComponent(new URL(url).hash.slice(1)));

test('the page accepts only the five content-free messages (Start is pressed on the page itself)', () => {
  assert.equal(isFrameMessage({ ispine: 'ready' }), true);
  assert.equal(isFrameMessage({ ispine: 'shown' }), true);
  assert.equal(isFrameMessage({ ispine: 'close' }), true);
  assert.equal(isFrameMessage({ ispine: 'call', clinicId: null }), true);
  assert.equal(isFrameMessage({ ispine: 'book', clinicId: 'sartell' }), true);
  for (const bad of [
    null,
    'start',
    { ispine: 'start' },
    { ispine: 'height', height: 300 },
    { ispine: 'ispine-checker-complete' },
    { ispine: 'call' },
    { ispine: 'call', clinicId: 'Sartell <b>' },
    { ispine: 'book', clinicId: 42 },
  ]) {
    assert.equal(isFrameMessage(bad), false, JSON.stringify(bad));
  }
});

test('settings survive a page that redefines toJSON', () => {
  const settings = { lang: 'es', theme: 'auto', config: { clinics: [{ id: 'a' }, { id: 'b' }] } };
  Array.prototype.toJSON = () => 'broken';
  Object.prototype.toJSON = () => 'broken';
  try {
    const url = frameUrl('https://widgets.example.org/ispine/', settings);
    assert.ok(url.startsWith('https://widgets.example.org/ispine/checker-frame.html#'));
    delete Array.prototype.toJSON;
    delete Object.prototype.toJSON;
    assert.deepEqual(settingsIn(url), settings);
  } finally {
    delete Array.prototype.toJSON;
    delete Object.prototype.toJSON;
  }
});

test('encodes like JSON, leaving out undefined fields', () => {
  const value = { a: 'x"\n\u2028', b: [1, null, true], c: undefined, d: { e: -0.5 } };
  assert.equal(encodeJson(value), JSON.stringify(value));
});
