// The plugin in a real WordPress (Debian's package, 6.1): stood up by this file (MariaDB and
// Apache on loopback, see stand-up.mjs), the built dist/wordpress/ispine-widgets.zip installed
// as Upload Plugin does, posts saved by an Author, and each page opened in Chromium at phone
// and desktop sizes on Twenty Twenty-Three (a block theme) and Twenty Twenty-One (classic).
// Run by `npm run test:wordpress` after `npm run build`.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import {
  assert,
  boxes,
  callLink,
  checkerResult,
  launch,
  open,
  rendered,
  sortByZip,
} from './browser.mjs';
import { missingPrerequisite, standUp } from './stand-up.mjs';

const ROOT = join(import.meta.dirname, '../..');
const ZIP = join(ROOT, 'dist/wordpress/ispine-widgets.zip');
const PORT = Number(
  process.env.ISPINE_WORDPRESS_PORT ?? Number(process.env.ISPINE_WTR_PORT ?? 8000) + 2,
);
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const THEMES = ['twentytwentythree', 'twentytwentyone'];
const SHOTS = process.env.ISPINE_WORDPRESS_SHOTS;
/** The block editor's screenshots: the content and the sidebar, without the empty page below. */
const EDITOR = { x: 0, y: 0, width: 1280, height: 1200 };
const INTRO = 'Race day: if your back hurts, find out what to do and where to go.';

const ADMIN_SNIPPET = 'snippet by an administrator';

const log = (line) => console.log(`wordpress: ${line}`);

const POSTS = {
  shortcodes: `${INTRO}\n\n[ispine_call_book_button]\n\n[ispine_symptom_checker]\n\n[ispine_location_picker]\n`,
  blocks: [
    `<!-- wp:paragraph -->\n<p>${INTRO}</p>\n<!-- /wp:paragraph -->`,
    '<!-- wp:ispine/call-book-button /-->',
    '<!-- wp:ispine/symptom-checker /-->',
    '<!-- wp:ispine/location-picker /-->',
  ].join('\n\n'),
  // Shortcodes on consecutive lines: wpautop puts them in one paragraph with <br /> between.
  lines: `${INTRO}\n[ispine_symptom_checker]\n[ispine_location_picker]\n`,
  'bad attributes':
    '[ispine_call_book_button action="phone" colour="red"]\n\n[ispine_location_picker near="5536"]\n',
  'no widget': `${INTRO}\n`,
  spanish: '[ispine_call_book_button lang="es"]\n',
};

const reason = missingPrerequisite();
if (reason) log(`skipped: ${reason}`);
if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run npm run build first`);

describe('the plugin in WordPress', { skip: reason }, () => {
  let site;
  let files;
  let browser;
  const urls = {};
  const ids = {};
  let build;
  let snippet;

  before(async () => {
    const started = Date.now();
    build = JSON.parse(
      (await import('node:fs')).readFileSync(join(ROOT, 'dist/embed.json'), 'utf8'),
    );
    const scriptPort = Number(new URL(build.baseUrl).port);
    log(`the clinic's host (the built files) on 127.0.0.1:${scriptPort}`);
    files = await serve(scriptPort);
    site = await standUp({ port: PORT, pluginZip: ZIP });
    browser = await launch();
    snippet = await generatorSnippet(browser, files.url);
    const folder = mkdtempSync(join(tmpdir(), 'ispine-wp-posts-'));
    for (const [title, content] of Object.entries({
      ...POSTS,
      snippet: `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`,
    })) {
      const file = join(folder, `${title}.txt`);
      writeFileSync(file, content);
      const post = site.wp('author-post', title, file);
      assert.equal(post.can_script, false, 'an Author cannot keep a script in a post');
      urls[title] = post.url;
      ids[title] = post.id;
      log(`post "${title}" by an Author: ${post.url}`);
    }
    // The same snippet pasted by the administrator (unfiltered_html: WordPress keeps it whole).
    const file = join(folder, 'admin.txt');
    writeFileSync(
      file,
      `${POSTS.blocks.split('\n\n')[0]}\n\n<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`,
    );
    const post = site.wp('admin-post', ADMIN_SNIPPET, file);
    assert.equal(post.can_script, true);
    urls[ADMIN_SNIPPET] = post.url;
    ids[ADMIN_SNIPPET] = post.id;
    log(`post "${ADMIN_SNIPPET}": ${post.url}`);
    log(`WordPress ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await browser?.close();
    // ISPINE_WORDPRESS_KEEP=1 leaves WordPress running, to look at it after a failure.
    if (!process.env.ISPINE_WORDPRESS_KEEP) await site?.stop();
    files?.server.close();
  });

  for (const theme of THEMES) {
    describe(theme, () => {
      before(() => {
        site.wp('autop', 'on');
        site.wp('theme', theme);
        log(`theme ${theme}`);
      });

      for (const post of ['shortcodes', 'blocks', ADMIN_SNIPPET]) {
        const plugin = post !== ADMIN_SNIPPET;
        for (const viewport of VIEWPORTS) {
          test(`the ${post} post at ${viewport.width}px: three widgets work, one script, no error`, async () => {
            const { page, errors, scriptRequests } = await open(browser, urls[post], viewport);
            try {
              await rendered(page);
              const call = await callLink(page);
              assert.equal(call.href, 'tel:+17632018191');
              // The call label keeps the number on one line (a no-break space and hyphen).
              assert.match(call.text, /\(763\)\s201\u20118191/);

              const clinics = await sortByZip(page, '55369');
              assert.match(clinics[0].text, /Maple Grove/, 'ZIP 55369 puts Maple Grove first');
              const miles = clinics.map((clinic) => clinic.miles);
              assert.deepEqual(
                miles,
                [...miles].sort((a, b) => a - b),
                'sorted by distance',
              );

              assert.match(await checkerResult(page), /result/);

              const scripts = await page.$$eval('script[src*="ispine-widgets"]', (tags) =>
                tags.map((tag) => ({
                  src: tag.getAttribute('src'),
                  async: tag.async,
                  integrity: tag.integrity,
                  crossOrigin: tag.crossOrigin,
                  // In the footer: after the post's content.
                  afterContent: Boolean(
                    document.querySelector('ispine-location-picker').compareDocumentPosition(tag) &
                    Node.DOCUMENT_POSITION_FOLLOWING,
                  ),
                })),
              );
              assert.deepEqual(scripts, [
                {
                  // The generator's preview names the local copy (same bytes, same hash).
                  src: plugin
                    ? `${build.baseUrl}ispine-widgets-${build.version}.js`
                    : `${files.url}/dist/ispine-widgets.js`,
                  async: true,
                  integrity: build.integrity,
                  crossOrigin: 'anonymous',
                  afterContent: plugin,
                },
              ]);
              assert.equal(scriptRequests.length, 1, `script requested once: ${scriptRequests}`);
              assert.deepEqual(errors, [], 'no console error');

              // The button's box lies in the theme's content column (its own paragraph's box).
              if (plugin) {
                const { button, column } = await buttonAndColumn(page);
                assert.ok(
                  button.x >= column.x - 1 && button.right <= column.right + 1,
                  `button ${button.x}–${button.right} inside the column ${column.x}–${column.right}`,
                );
              }
              if (SHOTS) {
                await page.screenshot({
                  path: join(SHOTS, `${theme}-${post}-${viewport.width}.png`),
                  fullPage: true,
                });
              }
            } finally {
              await page.close();
            }
          });
        }
      }

      for (const viewport of VIEWPORTS) {
        test(`the administrator's snippet at ${viewport.width}px: the button in the content column`, async () => {
          const { page } = await open(browser, urls[ADMIN_SNIPPET], viewport);
          try {
            await rendered(page);
            const { button, column } = await buttonAndColumn(page);
            log(
              `${theme} ${viewport.width}px, snippet: button ${button.x}–${button.right}, column ${column.x}–${column.right}`,
            );
            assert.ok(button.x >= column.x - 1 && button.right <= column.right + 1);
          } finally {
            await page.close();
          }
        });
      }
    });
  }

  test('gaps between widgets are the same with and without wpautop (Twenty Twenty-Three)', async () => {
    site.wp('theme', 'twentytwentythree');
    const gaps = {};
    for (const autop of ['on', 'off']) {
      site.wp('autop', autop);
      for (const post of ['lines', 'shortcodes', 'blocks']) {
        const { page, errors } = await open(browser, urls[post], { width: 1280, height: 800 });
        await rendered(page).catch((error) => {
          throw new Error(`${post}, wpautop ${autop}: ${error.message} ${errors}`);
        });
        const box = await boxes(page, ['ispine-symptom-checker', 'ispine-location-picker']);
        gaps[`${post}, wpautop ${autop}`] =
          box['ispine-location-picker'].y - box['ispine-symptom-checker'].bottom;
        await page.close();
      }
    }
    site.wp('autop', 'on');
    log(`gaps between the checker and the picker (px): ${JSON.stringify(gaps)}`);
    const values = Object.values(gaps);
    assert.ok(Math.max(...values) - Math.min(...values) <= 4, JSON.stringify(gaps));
  });

  test("the generator's snippet saved by an Author shows no CSS as text, only the call link", async () => {
    const { page, errors } = await open(browser, urls.snippet, { width: 390, height: 844 });
    try {
      const text = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(text, /ispine-[a-z-]+\s*\{|min-height|display:/, 'no CSS printed');
      assert.equal(
        await page.$$eval(
          'a[href="tel:+17632018191"]',
          (links) => links.filter((link) => link.offsetWidth > 0).length,
        ),
        1,
        'the call link is shown',
      );
      assert.equal(
        await page.$$eval('script[src*="ispine-widgets"]', (scripts) => scripts.length),
        0,
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('bad shortcode attributes are left out, with an HTML comment saying why', async () => {
    const html = await (await fetch(urls['bad attributes'])).text();
    assert.match(
      html,
      /<!-- \[ispine_call_book_button\] ignored: action is not one of call, book,? and both; unknown attribute "colour"/,
    );
    assert.match(html, /<!-- \[ispine_location_picker\] ignored: near does not match pattern/);
    assert.match(html, /<ispine-call-book-button><a href="tel:\+17632018191">/);
    assert.match(html, /<ispine-location-picker><\/ispine-location-picker>/);
  });

  test("the button's fallback link says what the button will say, in its language, the number unbroken", async () => {
    const number = '\\(763\\)\u00a0201\u20118191';
    const english = await (await fetch(urls.shortcodes)).text();
    assert.match(
      english,
      new RegExp(`<ispine-call-book-button><a href="tel:\\+17632018191">Call ${number}</a>`),
    );
    const spanish = await (await fetch(urls.spanish)).text();
    assert.match(
      spanish,
      new RegExp(
        `<ispine-call-book-button lang="es"><a href="tel:\\+17632018191">Llamar al ${number}</a>`,
      ),
    );
  });

  test('a page without a widget loads neither the script nor the CSS', async () => {
    const html = await (await fetch(urls['no widget'])).text();
    assert.doesNotMatch(html, /ispine-widgets/);
  });

  test('the Author edits the blocks post: the editor previews the three widgets, with their settings in the sidebar', async () => {
    site.wp('theme', 'twentytwentythree');
    const { context, page, errors, warnings } = await openEditor(
      browser,
      site.site,
      ['race-organiser', 'race-organiser-password'],
      ids.blocks,
    );
    try {
      await rendered(page);
      const previews = await page.$$eval(
        '.editor-styles-wrapper [data-type^="ispine/"]',
        (blocks) => blocks.map((block) => block.dataset.type),
      );
      assert.deepEqual(previews, [
        'ispine/call-book-button',
        'ispine/symptom-checker',
        'ispine/location-picker',
      ]);
      await page.click('.editor-styles-wrapper [data-type="ispine/location-picker"]');
      const sidebar = await page.waitForSelector(
        '.block-editor-block-inspector ::-p-text(Sort from ZIP code)',
      );
      assert.ok(sidebar, "the picker's settings are in the sidebar");
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-blocks.png'), clip: EDITOR });
      assert.deepEqual(
        errors.filter((error) => /ispine/i.test(error)),
        [],
        'no console error from the widgets in the editor',
      );
      assert.deepEqual(
        warnings.filter((warning) => /loaded twice/.test(warning)),
        [],
        'the editor loads the script once',
      );
    } finally {
      await context.close();
    }
  });

  test("the administrator previews the snippet's Custom HTML block: no 'loaded twice', and ZIP 55369 sorts the clinics in the preview's frame (sandboxed without allow-forms)", async () => {
    site.wp('theme', 'twentytwentythree');
    const { context, page, errors, warnings } = await openEditor(
      browser,
      site.site,
      ['admin', 'admin-password'],
      ids[ADMIN_SNIPPET],
    );
    try {
      await page.click('.editor-styles-wrapper [data-type="core/html"] textarea');
      await page.click('.block-editor-block-toolbar ::-p-text(Preview)');
      const frameElement = await page.waitForSelector(
        '.editor-styles-wrapper [data-type="core/html"] iframe',
      );
      const sandbox = await frameElement.evaluate((frame) => frame.getAttribute('sandbox'));
      assert.match(sandbox, /allow-scripts/);
      assert.doesNotMatch(sandbox, /allow-forms/, 'the preview blocks form submission');
      const frame = await frameElement.contentFrame();
      await rendered(frame);
      const clinics = await sortByZip(frame, '55369');
      assert.match(clinics[0].text, /Maple Grove/, 'ZIP 55369 puts Maple Grove first');
      log(`editor preview (sandbox="${sandbox}"): ${clinics.map((c) => c.miles).join(', ')} mi`);
      if (SHOTS) {
        await page.screenshot({ path: join(SHOTS, 'editor-snippet-preview.png'), clip: EDITOR });
      }
      assert.deepEqual(
        warnings.filter((warning) => /loaded twice/.test(warning)),
        [],
        'one script in the post: no "loaded twice"',
      );
      // The one error the widgets mean to give there: the preview's sandbox has no
      // allow-popups, so the checker shows its call link instead of its frame, and says why.
      assert.deepEqual(
        errors.filter(
          (error) =>
            /ispine|form submission/i.test(error) && !/sandboxed without allow-popups/.test(error),
        ),
        [],
        'no other console error from the widgets in the preview',
      );
    } finally {
      await context.close();
    }
  });

  test("the settings page checks the clinic's host on save and says what is wrong", async () => {
    const context = await browser.createBrowserContext();
    const { page } = await open(context, `${site.site}/wp-login.php`, { width: 1280, height: 900 });
    const settings = `${site.site}/wp-admin/options-general.php?page=ispine-widgets`;
    const save = async (baseUrl) => {
      await page.goto(settings);
      const field = await page.waitForSelector('#ispine_widgets_base_url');
      await field.click({ count: 3 });
      await field.type(baseUrl);
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      return page.$$eval('.notice, .error, .updated', (notices) =>
        notices.map((notice) => notice.textContent.trim()),
      );
    };
    try {
      await logIn(page, 'admin', 'admin-password');
      const nowhere = `http://127.0.0.1:${PORT + 1}/nothing/`;
      const refused = await save(nowhere);
      log(`settings, unreachable host: ${refused.join(' | ')}`);
      assert.equal(
        refused.filter((notice) => notice.includes(`Could not reach ${nowhere}ispine-widgets-`))
          .length,
        1,
        refused.join(' | '),
      );
      assert.notEqual(
        await page.$eval('#ispine_widgets_base_url', (field) => field.value),
        nowhere,
        'kept the previous host',
      );

      const { baseUrl } = build;
      const accepted = await save(baseUrl);
      assert.ok(
        accepted.some((notice) => notice.includes('Settings saved')),
        accepted.join(' | '),
      );
      assert.ok(
        !accepted.some((notice) => /Could not|refuse|not the copy|answered/.test(notice)),
        accepted.join(' | '),
      );
      assert.equal(await page.$eval('#ispine_widgets_base_url', (field) => field.value), baseUrl);
    } finally {
      await context.close();
    }
  });

  test('WordPress logged no PHP notice or error from the plugin', () => {
    assert.doesNotMatch(site.debugLog(), /ispine/i);
  });
});

/** The call/book button's box and the theme's content column (the post's own paragraph's box). */
async function buttonAndColumn(page) {
  const paragraph = '.entry-content > p, .wp-block-post-content > p';
  const box = await boxes(page, [paragraph, 'ispine-call-book-button']);
  return { button: box['ispine-call-book-button'], column: box[paragraph] };
}

/**
 * Opens the block editor on post `id` as `user` (a fresh browser profile: no other user's login
 * cookie), 1280 px wide and tall enough for three blocks and the sidebar in one screenshot, the
 * first visit's welcome guide closed. Records console errors and warnings.
 */
async function openEditor(browser, site, [user, password], id) {
  const context = await browser.createBrowserContext();
  const { page, errors } = await open(context, `${site}/wp-login.php`, {
    width: 1280,
    height: 1500,
  });
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await logIn(page, user, password);
  await page.goto(`${site}/wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select('core/edit-post'));
  await page.evaluate(() => {
    const welcome = window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide');
    if (welcome) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  return { context, page, errors, warnings };
}

/** Logs in through wp-login.php. */
async function logIn(page, user, password) {
  // wp-login.php focuses and selects the user field 200 ms after load; typing could race it and
  // leave the password's last letters in the user field, so the values are set, not typed.
  await page.$eval('#user_login', (field, value) => (field.value = value), user);
  await page.$eval('#user_pass', (field, value) => (field.value = value), password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  assert.ok(await page.$('#wpadminbar'), `${user} is logged in (${page.url()})`);
}

/** The embed generator's own snippet (its live preview's body, the local script's URL in it). */
async function generatorSnippet(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/embed.html`);
  const srcdoc = await page.waitForFunction(() =>
    document.querySelector('#preview')?.getAttribute('srcdoc'),
  );
  const doc = await srcdoc.jsonValue();
  await page.close();
  return /<body>([\s\S]*)<\/body>/.exec(doc)[1];
}
