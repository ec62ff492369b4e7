/**
 * Where the hosted files are served (the drop-in, the checker's frame and page, the ZIP data),
 * ending in `/`. `npm run build` replaces this value with `ISPINE_BASE_URL`; the default is the
 * files origin of `npm start` (`scripts/serve.mjs`), for the demo and the tests.
 */
export const BASE_URL = 'http://127.0.0.1:8001/dist/';
