// Packs the WordPress plugin (wordpress/) into dist/wordpress/ispine-widgets.zip, installable
// with WordPress's own Plugins → Add New → Upload Plugin. Run by `npm run build` after the
// hosting kit: it pins the version and integrity hash of dist/embed.json in the plugin, and
// ships the reserve CSS (followed by the plugin's own WordPress rules) from the plugin itself,
// so the first layout needs no request to the clinic's host.
//
// Usage: node scripts/build-wordpress.mjs   (also leaves the unpacked plugin in
// dist/wordpress/ispine-widgets/, for reading and for tests)
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'wordpress');
const OUT = join(ROOT, 'dist', 'wordpress');
const SLUG = 'ispine-widgets';

/** Every file under `dir`, as paths relative to it, sorted (a stable zip). */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/** A PHP single-quoted string literal. */
const phpString = (value) => `'${String(value).replace(/[\\']/g, '\\$&')}'`;

/** The plugin's files (path → bytes), with the build's facts filled in. */
export function pluginFiles({ version, integrity, baseUrl }, reserveCss) {
  const files = new Map(filesUnder(SOURCE).map((path) => [path, readFileSync(join(SOURCE, path))]));
  const text = (path) => files.get(path).toString('utf8');
  files.set(
    'includes/build.php',
    Buffer.from(
      text('includes/build.php')
        .replace(/(ISPINE_WIDGETS_VERSION = )'[^']*'/, `$1${phpString(version)}`)
        .replace(/(ISPINE_WIDGETS_INTEGRITY = )'[^']*'/, `$1${phpString(integrity)}`)
        .replace(/(ISPINE_WIDGETS_DEFAULT_BASE_URL = )'[^']*'/, `$1${phpString(baseUrl)}`),
    ),
  );
  files.set(
    `${SLUG}.php`,
    Buffer.from(text(`${SLUG}.php`).replace(/^( \* Version:\s+).*$/m, `$1${version}`)),
  );
  files.set(
    'readme.txt',
    Buffer.from(text('readme.txt').replace(/^Stable tag: .*$/m, `Stable tag: ${version}`)),
  );
  files.set(
    'assets/widgets.css',
    Buffer.concat([Buffer.from(reserveCss), Buffer.from('\n'), files.get('assets/wordpress.css')]),
  );
  files.delete('assets/wordpress.css');
  return files;
}

/** A zip archive (deflated entries, no extras) of `files`, each under `folder/`. */
export function zip(files, folder) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [path, data] of files) {
    const name = Buffer.from(`${folder}/${path}`);
    const packed = deflateRawSync(data, { level: 9 });
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00: a reproducible date
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, 2.0
    head.copy(central, 6, 4, 30); // the same fields as the local header
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    centrals.push(central, name);
    offset += head.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes dist/wordpress/ispine-widgets/ and dist/wordpress/ispine-widgets.zip. */
export function buildPlugin(dist = join(ROOT, 'dist')) {
  const build = JSON.parse(readFileSync(join(dist, 'embed.json'), 'utf8'));
  const files = pluginFiles(build, readFileSync(join(dist, 'reserve-space.css'), 'utf8'));
  rmSync(OUT, { recursive: true, force: true });
  for (const [path, data] of files) {
    const target = join(OUT, SLUG, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  const archive = join(OUT, `${SLUG}.zip`);
  writeFileSync(archive, zip(files, SLUG));
  return { archive: relative(ROOT, archive), files: files.size, bytes: statSync(archive).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { archive, files, bytes } = buildPlugin();
  console.log(`wordpress plugin: ${files} files in ${archive} (${bytes} bytes)`);
}
