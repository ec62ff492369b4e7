// Stands up a real WordPress from Debian's packages for the plugin's tests: MariaDB on a unix
// socket, Apache with mod_php on 127.0.0.1, both under one state folder, started by the tests
// themselves and stopped after. Idempotent: a run first stops what an earlier run left, then
// starts from an empty database. Needs root on Debian (it apt-get installs what is missing).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installDebianPackages } from '../../scripts/debian-packages.mjs';

const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentyone',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-cli',
];
const WORDPRESS = '/usr/share/wordpress';
const THEMES = ['twentytwentyone', 'twentytwentythree'];
const HELPER = join(import.meta.dirname, 'wp.php');

const log = (line) => console.log(`wordpress: ${line}`);

/** Why this machine cannot run the stand-up, or undefined when it can (after installing). */
export function missingPrerequisite() {
  return installDebianPackages(
    PACKAGES,
    () =>
      existsSync(join(WORDPRESS, 'wp-settings.php')) &&
      THEMES.every((theme) => existsSync(join(WORDPRESS, 'wp-content/themes', theme))) &&
      existsSync('/usr/sbin/mariadbd') &&
      existsSync('/usr/sbin/apache2') &&
      existsSync('/usr/bin/php'),
    { log },
  );
}

/** Waits for `check()` to be true (a condition, polled), or throws `what` after `ms`. */
async function until(check, what, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a daemon by its pid file (an earlier run's or this one's), and waits until it is gone. */
async function stopPid(pidFile) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (pid > 0 && alive()) {
    process.kill(pid, 'SIGTERM');
    await until(() => !alive(), `process ${pid} to stop`);
  }
  rmSync(pidFile, { force: true });
}

function apacheConf({ state, port, configName }) {
  const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias', 'env'];
  return `${modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n')}
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${state}/apache2.pid
ErrorLog ${state}/apache2-error.log
User www-data
Group www-data
StartServers 2
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DocumentRoot ${WORDPRESS}
DirectoryIndex index.php
Alias /wp-content ${state}/wp-content
SetEnv WORDPRESS_CONFIG ${configName}
<Directory />
  Options FollowSymLinks
  AllowOverride None
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`;
}

function wordpressConfig({ state, port }) {
  const site = `http://127.0.0.1:${port}`;
  return `<?php
// Written by test/wordpress/stand-up.mjs for the plugin's tests; removed when they stop.
define( 'DB_NAME', 'ispine_wordpress' );
define( 'DB_USER', 'ispine' );
define( 'DB_PASSWORD', 'ispine-test' );
define( 'DB_HOST', 'localhost:${state}/mysqld.sock' );
define( 'WP_HOME', '${site}' );
define( 'WP_SITEURL', '${site}' );
define( 'WP_CONTENT_DIR', '${state}/wp-content' );
define( 'WP_CONTENT_URL', '${site}/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// No internet here: WordPress's update and news checks would wait on api.wordpress.org from
// admin pages. The site's own host (the plugin's probe of the clinic's copy) stays reachable.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${state}/debug.log' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .flatMap((key) => [
    `define( '${key}_KEY', 'ispine-test-${key}' );`,
    `define( '${key}_SALT', 'ispine-test-${key}-salt' );`,
  ])
  .join('\n')}
`;
}

/**
 * Starts MariaDB and Apache, installs WordPress and the plugin zip. Resolves with the site's
 * URL, a `wp(command, ...args)` runner for test/wordpress/wp.php, and `stop()`.
 */
export async function standUp({ port, pluginZip }) {
  const state = `/tmp/ispine-wordpress-${port}`;
  const configName = `ispine-test-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const site = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (existsSync(`${state}/apache2.pid`)) {
      try {
        execFileSync('/usr/sbin/apache2', ['-f', `${state}/apache2.conf`, '-k', 'stop'], {
          stdio: 'ignore',
        });
      } catch {
        // Already gone: the pid file is cleaned up below.
      }
    }
    await stopPid(`${state}/apache2.pid`);
    await stopPid(`${state}/mysqld.pid`);
  };
  await stop();
  rmSync(state, { recursive: true, force: true });
  mkdirSync(`${state}/wp-content/themes`, { recursive: true });
  mkdirSync(`${state}/wp-content/plugins`, { recursive: true });
  for (const theme of THEMES) {
    symlinkSync(join(WORDPRESS, 'wp-content/themes', theme), `${state}/wp-content/themes/${theme}`);
  }

  log(`MariaDB on ${state}/mysqld.sock`);
  execFileSync(
    '/usr/bin/mariadb-install-db',
    ['--no-defaults', `--datadir=${state}/mysql`, '--user=root', '--skip-test-db'],
    { stdio: 'ignore' },
  );
  spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${state}/mysql`,
      `--socket=${state}/mysqld.sock`,
      `--pid-file=${state}/mysqld.pid`,
      `--log-error=${state}/mysqld.log`,
      '--skip-networking',
      '--user=root',
    ],
    { detached: true, stdio: 'ignore' },
  ).unref();
  await until(
    () => existsSync(`${state}/mysqld.sock`) && existsSync(`${state}/mysqld.pid`),
    'MariaDB',
  );
  execFileSync(
    '/usr/bin/mariadb',
    ['--no-defaults', `--socket=${state}/mysqld.sock`, '-u', 'root'],
    {
      input:
        "CREATE DATABASE ispine_wordpress; CREATE USER 'ispine'@'localhost' IDENTIFIED BY 'ispine-test';" +
        " GRANT ALL ON ispine_wordpress.* TO 'ispine'@'localhost';",
    },
  );

  writeFileSync(configFile, wordpressConfig({ state, port }));
  writeFileSync(`${state}/apache2.conf`, apacheConf({ state, port, configName }));
  execFileSync('chown', ['-R', 'www-data:www-data', `${state}/wp-content`]);
  log(`Apache on ${site}`);
  execFileSync('/usr/sbin/apache2', ['-f', `${state}/apache2.conf`, '-k', 'start']);

  const wp = (command, ...args) => {
    const out = execFileSync('php', [HELPER, configName, `127.0.0.1:${port}`, command, ...args], {
      encoding: 'utf8',
    });
    // Files WordPress wrote as root must stay readable and writable by Apache.
    execFileSync('chown', ['-R', 'www-data:www-data', `${state}/wp-content`]);
    return JSON.parse(out.trim().split('\n').pop());
  };
  log('installing WordPress');
  wp('install');
  log(`installing ${pluginZip} as Upload Plugin does, activating it`);
  wp('plugin', pluginZip);

  return {
    site,
    state,
    wp,
    debugLog: () =>
      existsSync(`${state}/debug.log`) ? readFileSync(`${state}/debug.log`, 'utf8') : '',
    stop: async () => {
      log('stopping Apache and MariaDB');
      await stop();
      rmSync(configFile, { force: true });
    },
  };
}
