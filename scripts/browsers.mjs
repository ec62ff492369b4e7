// Where the Debian-packaged browsers live. Test tools never download a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  webkit: [
    process.env.WEBKIT_MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ],
};

/** Debian package that provides each engine (WebKit also needs its WebDriver and a display). */
export const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/** Engines asked for by ISPINE_BROWSERS (comma-separated), default all three. */
export function wantedEngines() {
  const list = process.env.ISPINE_BROWSERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list?.length ? list : Object.keys(CANDIDATES);
}

/** The wanted engines that are installed, with the executable each one runs. */
export function findBrowsers() {
  return wantedEngines().flatMap((name) => {
    const path = CANDIDATES[name]?.find((candidate) => candidate && existsSync(candidate));
    if (!path) return [];
    if (name === 'webkit' && !existsSync('/usr/bin/WebKitWebDriver')) return [];
    return [{ name, path }];
  });
}
