// What the test command installs on a fresh machine: Debian's own packages, with apt-get, as root
// on Debian. Never a download from anywhere else.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Installs the Debian `packages` with apt-get when `installed()` is false and this is root on
 * Debian. Returns why they are still missing, or undefined once `installed()` holds.
 * `recommends`: install the packages' recommended ones too (a browser's fonts);
 * `log`: where the line saying what is installed goes. apt-get's errors go to stderr.
 */
export function installDebianPackages(
  packages,
  installed,
  { recommends = false, log = console.log } = {},
) {
  if (installed()) return undefined;
  if (process.platform !== 'linux' || !existsSync('/etc/debian_version')) {
    return 'not a Debian machine';
  }
  if (process.getuid?.() !== 0)
    return `not root, and Debian packages are missing: ${packages.join(' ')}`;
  log(`apt-get install ${packages.join(' ')}`);
  const options = {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'ignore', 'inherit'],
  };
  execFileSync('apt-get', ['update', '-qq'], options);
  const install = ['install', '-y', '-qq', ...(recommends ? [] : ['--no-install-recommends'])];
  execFileSync('apt-get', [...install, ...packages], options);
  return installed() ? undefined : `apt-get did not install ${packages.join(' ')}`;
}
