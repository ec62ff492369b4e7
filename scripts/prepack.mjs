// `npm pack` and `npm publish` run this first (the `prepack` script). A package built for local
// use has a loopback base URL baked in (`npm run build` without ISPINE_BASE_URL uses
// `npm start`'s files origin): every app that installed it would load the checker's frame and
// the ZIP data from its visitors' own machines. Such a build is refused, with the fix.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether `hostname` names this machine (localhost, 127.0.0.0/8, ::1, 0.0.0.0). */
export function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '::1' ||
    host === '0.0.0.0'
  );
}

/** Why the build in `dist` must not be packed, or undefined when it may be. */
export function packProblem(dist = 'dist') {
  const embed = join(dist, 'embed.json');
  if (!existsSync(embed)) {
    return `there is no build (${embed} is missing). Build for the clinic's host first: ISPINE_BASE_URL=https://… npm run build`;
  }
  const { baseUrl } = JSON.parse(readFileSync(embed, 'utf8'));
  if (!baseUrl || !URL.canParse(baseUrl)) {
    return `the build has no base URL. Build for the clinic's host first: ISPINE_BASE_URL=https://… npm run build`;
  }
  if (isLoopback(new URL(baseUrl).hostname)) {
    return `this build loads its files from ${baseUrl}, a local address (ISPINE_BASE_URL was unset or local), so every app that installs the package would look for the checker's frame and the ZIP data on its visitors' own machines. Build for the clinic's host first: ISPINE_BASE_URL=https://widgets.example.org/ispine/ npm run build`;
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = packProblem(process.argv[2]);
  if (problem) {
    console.error(`prepack: refusing to pack ispine-widgets: ${problem}`);
    process.exitCode = 1;
  }
}
