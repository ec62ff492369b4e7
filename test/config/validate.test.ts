import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { validateConfig } from '../../src/config/validate.js';

describe('validateConfig', () => {
  it('accepts the embedded default', () => {
    expect(validateConfig(DEFAULT_CONFIG)).to.deep.equal(DEFAULT_CONFIG);
  });
});
