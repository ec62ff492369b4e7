import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import type { Config } from '../../src/config/schema.js';
import { contactFor } from '../../src/core/contact.js';

describe('contactFor', () => {
  it('never hands a non-https booking page to a link, even from an unchecked configuration', () => {
    // configure() and the page loaders always validate; this guards any other path.
    const unchecked = { ...DEFAULT_CONFIG, bookingUrl: 'javascript:alert(1)' } as Config;
    expect(contactFor(unchecked, undefined, undefined).bookingUrl).to.equal(undefined);
    const http = { ...DEFAULT_CONFIG, bookingUrl: 'http://book.example.org' } as Config;
    expect(contactFor(http, 'sartell', undefined).bookingUrl).to.equal(undefined);
  });

  it('keeps an https booking page', () => {
    const config = { ...DEFAULT_CONFIG, bookingUrl: 'https://book.example.org/x' } as Config;
    expect(contactFor(config, undefined, undefined).bookingUrl).to.equal(
      'https://book.example.org/x',
    );
  });
});
