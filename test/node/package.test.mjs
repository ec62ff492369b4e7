// The published package, as a partner's developer gets it: `npm pack`, installed into a fresh
// consumer project, compiled by TypeScript and bundled by rollup. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
let consumer;

const run = (command, args, cwd = consumer) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function compile(source) {
  writeFileSync(join(consumer, 'consumer.ts'), source);
  try {
    run(process.execPath, [TSC, '-p', 'tsconfig.json']);
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
}

async function bundle(source) {
  writeFileSync(join(consumer, 'entry.js'), source);
  const build = await rollup({
    input: join(consumer, 'entry.js'),
    plugins: [nodeResolve({ rootDir: consumer })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.map((chunk) => chunk.code ?? '').join('\n');
}

describe('the npm package', { timeout: 180_000 }, () => {
  before(() => {
    consumer = mkdtempSync(join(tmpdir(), 'ispine-consumer-'));
    const tarball = run(
      'npm',
      ['pack', '--silent', '--ignore-scripts', '--pack-destination', consumer],
      ROOT,
    )
      .trim()
      .split('\n')
      .pop();
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    run('npm', [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      join(consumer, tarball),
    ]);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2021',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
  });

  after(() => {
    // The temporary consumer stays for inspection when a test failed; the OS cleans tmp.
  });

  it('names a generated custom-elements.json that describes the three elements', () => {
    const pkg = JSON.parse(
      readFileSync(join(consumer, 'node_modules/ispine-widgets/package.json'), 'utf8'),
    );
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules/ispine-widgets', pkg.customElements), 'utf8'),
    );
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName),
    );
    assert.deepEqual(tags.sort(), [
      'ispine-call-book-button',
      'ispine-location-picker',
      'ispine-symptom-checker',
    ]);
  });

  it('type-checks a consumer against HTMLElementTagNameMap, the event map and the triage types', () => {
    const errors = compile(`
      import 'ispine-widgets';
      import { assessBackPain, type CareLevel } from 'ispine-widgets/triage';
      import { configure, DEFAULT_CONFIG } from 'ispine-widgets/config';
      configure(DEFAULT_CONFIG);
      const button = document.createElement('ispine-call-book-button');
      button.action = 'call';
      button.addEventListener('ispine-call', (event) => {
        const partner: string | null = event.detail.partner;
        console.log(partner);
      });
      document.querySelector('ispine-location-picker')?.addEventListener('ispine-location-change', (event) => {
        const clinicId: string = event.detail.clinicId;
        console.log(clinicId);
      });
      const level: CareLevel = assessBackPain({ redFlags: [] }).careLevel;
      console.log(level);
    `);
    assert.equal(errors, '');
  });

  it('types ispine-* events on the document and the window, and configure() as Config', () => {
    const errors = compile(`
      import { configure, setBaseUrl, type Config } from 'ispine-widgets';
      document.addEventListener('ispine-book', (event) => {
        const clinicId: string | null = event.detail.clinicId;
        console.log(clinicId);
      });
      window.addEventListener('ispine-location-change', (event) => {
        const clinicId: string = event.detail.clinicId;
        console.log(clinicId);
      });
      const config: Config = { organization: 'x', phone: '+17632018191', clinics: [] };
      configure(config);
      setBaseUrl('https://widgets.example.org/ispine/');
    `);
    assert.equal(errors, '');
    const wrong = compile(`
      import { configure } from 'ispine-widgets';
      configure({ phone: 7632018191 });
      document.addEventListener('ispine-call', (event) => event.detail.nothing);
    `);
    assert.match(wrong, /configure\(|not assignable/);
    assert.match(wrong, /Property 'nothing' does not exist/);
  });

  it('rejects a consumer that misuses the types (so the check above can fail)', () => {
    const errors = compile(`
      import 'ispine-widgets';
      const button = document.createElement('ispine-call-book-button');
      button.action = 'fax';
    `);
    assert.match(errors, /'"fax"' is not assignable/);
  });

  it('runs the triage engine in plain Node from the package', () => {
    const output = run(process.execPath, [
      '--input-type=module',
      '-e',
      "import { assessBackPain } from 'ispine-widgets/triage'; console.log(assessBackPain({ redFlags: ['saddle_numbness'] }).careLevel);",
    ]);
    assert.equal(output.trim(), 'emergency');
  });

  it('bundles the button alone without the checker or the picker (tree-shaking)', async () => {
    const code = await bundle("import 'ispine-widgets/call-book-button';");
    assert.match(code, /ispine-call-book-button/);
    assert.doesNotMatch(code, /ispine-symptom-checker|saddle_numbness/);
    assert.doesNotMatch(code, /ispine-location-picker|ispine-zips/);
  });

  it('bundles nothing of the widgets for an import of the triage engine alone', async () => {
    const code = await bundle(
      "import { assessBackPain } from 'ispine-widgets/triage'; console.log(assessBackPain);",
    );
    assert.match(code, /saddle_numbness/);
    assert.doesNotMatch(code, /customElements|LitElement/);
  });
});
