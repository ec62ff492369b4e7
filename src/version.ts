/** This build's version; `scripts/size-check.mjs` checks it matches package.json. */
export const VERSION = '0.1.0';
