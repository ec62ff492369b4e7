// The plugin's offline checks, in place of WordPress's Plugin Check (which needs a running site
// and WPCS, neither packaged by Debian or npm): PHP syntax with the machine's PHP (8.2 on
// Debian 12), Debian's phpcs with phpcs.xml, and the escaping, nonce, capability and
// text-domain rules below, read from the source. As root on Debian, php and phpcs are installed
// from Debian's packages when missing; elsewhere their checks are skipped, saying why.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { installDebianPackages } from '../../scripts/debian-packages.mjs';

const ROOT = join(import.meta.dirname, '../..');
const PLUGIN = join(ROOT, 'wordpress');
const BUILT = join(ROOT, 'dist/wordpress/ispine-widgets');
const phpFiles = readdirSync(PLUGIN, { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.php'));
const source = (path) => readFileSync(join(PLUGIN, path), 'utf8');
const has = (command) => existsSync(`/usr/bin/${command}`);
const missingTools = installDebianPackages(
  ['php-cli', 'php-codesniffer'],
  () => has('php') && has('phpcs'),
  { log: (line) => console.log(`wordpress: ${line}`) },
);

test('every PHP file parses (php -l)', { skip: !has('php') && missingTools }, () => {
  const version = execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
  for (const path of [
    ...phpFiles.map((file) => join(PLUGIN, file)),
    join(import.meta.dirname, 'wp.php'),
  ]) {
    assert.match(execFileSync('php', ['-l', path], { encoding: 'utf8' }), /No syntax errors/, path);
  }
  console.log(`wordpress: php -l clean on PHP ${version} (${phpFiles.length} plugin files)`);
});

test('phpcs with phpcs.xml finds nothing', { skip: !has('phpcs') && missingTools }, () => {
  execFileSync(
    'phpcs',
    [
      '-q',
      '--standard=' + join(import.meta.dirname, 'phpcs.xml'),
      PLUGIN,
      join(import.meta.dirname, 'wp.php'),
    ],
    {
      encoding: 'utf8',
    },
  );
});

test('every file stops when loaded outside WordPress', () => {
  for (const path of phpFiles) {
    const guard =
      path === 'uninstall.php'
        ? "defined( 'WP_UNINSTALL_PLUGIN' ) || exit;"
        : "defined( 'ABSPATH' ) || exit;";
    assert.ok(source(path).includes(guard), `${path} lacks ${guard}`);
  }
});

/** The PHP statements starting with `echo`, each up to its semicolon outside strings. */
function echoStatements(php) {
  const statements = [];
  for (const match of php.matchAll(/\becho\s/g)) {
    let quote = '';
    let end = match.index;
    for (; end < php.length; end++) {
      const char = php[end];
      if (quote) {
        if (char === '\\') end++;
        else if (char === quote) quote = '';
      } else if (char === "'" || char === '"') quote = char;
      else if (char === ';') break;
    }
    statements.push(php.slice(match.index + 5, end).trim());
  }
  return statements;
}

/** Splits `a . b . c` at the top level (outside strings and parentheses). */
function operands(expression) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if ((char === '.' || char === ',') && depth === 0) {
      parts.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts;
}

const ESCAPED =
  /^(esc_html|esc_attr|esc_url|esc_html__|esc_attr__|wp_kses_post|selected|checked)\s*\(/;
const LITERAL = /^'[^']*'$|^"[^"$]*"$|^\\?"\\n"$/;

test('output is escaped: every echoed value is a literal or goes through an esc_* function', () => {
  const unescaped = [];
  for (const path of phpFiles) {
    for (const statement of echoStatements(source(path))) {
      for (const operand of operands(statement)) {
        if (!ESCAPED.test(operand) && !LITERAL.test(operand)) unescaped.push(`${path}: ${operand}`);
      }
    }
  }
  assert.deepEqual(unescaped, []);
});

test('no request data is read directly, no raw script or style is printed', () => {
  for (const path of phpFiles) {
    assert.doesNotMatch(
      source(path),
      /\$_(POST|GET|REQUEST|COOKIE)\b/,
      `${path} reads request data itself`,
    );
    assert.doesNotMatch(
      source(path),
      /<(script|style)[\s>]/i,
      `${path} prints a script or style tag`,
    );
  }
});

test('the settings page: Settings API (nonce), manage_options, sanitize callback', () => {
  const page = source('includes/settings-page.php');
  assert.match(
    page,
    /settings_fields\(\s*'ispine_widgets'\s*\)/,
    'settings_fields() prints the nonce',
  );
  assert.match(page, /add_options_page\([\s\S]*?'manage_options'/);
  assert.match(page, /current_user_can\(\s*'manage_options'\s*\)/);
  assert.match(page, /'sanitize_callback'\s*=>\s*'ispine_widgets_sanitize_settings'/);
  assert.match(page, /action="options\.php"/, 'options.php checks the nonce and the capability');
});

test('every translatable string uses the text domain ispine-widgets', () => {
  const wrong = [];
  for (const path of phpFiles) {
    for (const [call] of source(path).matchAll(
      /\b(?:__|_e|_x|_n|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*(?:'(?:[^'\\]|\\.)*'\s*,\s*)+'[^']*'\s*\)/g,
    )) {
      if (!/'ispine-widgets'\s*\)$/.test(call)) wrong.push(`${path}: ${call}`);
    }
  }
  const editor = readFileSync(join(PLUGIN, 'assets/editor.js'), 'utf8');
  for (const [call] of editor.matchAll(/__\(\s*'(?:[^'\\]|\\.)*'\s*,\s*'[^']*'\s*\)/g)) {
    if (!call.endsWith("'ispine-widgets' )") && !call.endsWith("'ispine-widgets')"))
      wrong.push(`editor.js: ${call}`);
  }
  assert.deepEqual(wrong, []);
  assert.match(source('ispine-widgets.php'), /^ \* Text Domain:\s+ispine-widgets$/m);
});

test('readme.txt follows the plugin directory format, and the build keeps its versions in step', () => {
  const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
  assert.match(readme, /^=== iSpine widgets ===\n/);
  for (const header of [
    'Contributors',
    'Tags',
    'Requires at least',
    'Tested up to',
    'Requires PHP',
    'Stable tag',
    'License',
  ]) {
    assert.match(readme, new RegExp(`^${header}: \\S`, 'm'), header);
  }
  const shortDescription = readme.split('\n\n')[1];
  assert.ok(
    shortDescription.length <= 150,
    `short description is ${shortDescription.length} characters (150 at most)`,
  );
  for (const section of [
    'Description',
    'Installation',
    'Frequently Asked Questions',
    'Changelog',
  ]) {
    assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'), section);
  }
  if (existsSync(BUILT)) {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.match(
      readFileSync(join(BUILT, 'readme.txt'), 'utf8'),
      new RegExp(`^Stable tag: ${version}$`, 'm'),
    );
    assert.match(
      readFileSync(join(BUILT, 'ispine-widgets.php'), 'utf8'),
      new RegExp(`^ \\* Version:\\s+${version}$`, 'm'),
    );
    assert.match(
      readFileSync(join(BUILT, 'includes/build.php'), 'utf8'),
      /ISPINE_WIDGETS_INTEGRITY = 'sha384-/,
    );
  }
});
