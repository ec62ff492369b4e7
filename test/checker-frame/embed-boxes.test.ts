import { expect } from '@open-wc/testing';
import { closeHostPages, openHostPage } from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import { scriptOrigin, until } from '../helpers/script-origin.js';

const CHECKER = '<ispine-symptom-checker></ispine-symptom-checker>';

describe('in an editor’s preview and a site builder’s embed box', () => {
  afterEach(closeHostPages);

  /** The partner's snippet as a page of its own, for a srcdoc or a sandboxed frame. */
  const snippet = async (extra = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/test/fixtures/capture.js"></script></head><body><script src="${await scriptOrigin()}/dist/ispine-widgets.js"></script>${CHECKER}${extra}</body></html>`;

  /** An embed box around the snippet, on the test page's origin, in the host page. */
  async function embedBox(attributes: string, extra = '') {
    const src = `/test/host-page.html?html=${encodeURIComponent(await snippet(extra))}`;
    const page = await openHostPage(
      `<iframe ${attributes} src="${src}" style="width: 400px; height: 600px"></iframe>`,
    );
    return page.document.querySelector('iframe')!;
  }

  const checkerIn = (box: HTMLIFrameElement) =>
    box.contentDocument?.querySelector('ispine-symptom-checker')?.shadowRoot;

  it('runs the checker in an editor’s <iframe srcdoc> preview (it shares the editor’s origin)', async () => {
    const page = await openHostPage(`<iframe style="width: 400px; height: 600px"></iframe>`);
    const box = page.document.querySelector('iframe')!;
    box.srcdoc = await snippet();
    await until(() => checkerIn(box)?.querySelector('iframe') != null);
    // Started, the frame said it is ready and drew its first question: the loading line goes.
    checkerIn(box)!.querySelector<HTMLElement>('[part="start"]')!.click();
    await until(() => checkerIn(box)!.querySelector('.loading') === null, 8000);
    expect(checkerIn(box)!.querySelector('[part="fallback-box"]')).to.equal(null);
  });

  it('runs the checker in an embed box whose sandbox allows popups', async () => {
    const box = await embedBox(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    await until(() => checkerIn(box)?.querySelector('iframe') != null);
    checkerIn(box)!.querySelector<HTMLElement>('[part="start"]')!.click();
    await until(() => checkerIn(box)!.querySelector('.loading') === null, 8000);
    expect(checkerIn(box)!.querySelector('[part="fallback-box"]')).to.equal(null);
  });

  it('shows the numbers to dial, 911 included, in an embed box whose sandbox blocks links', async () => {
    const box = await embedBox('sandbox="allow-scripts allow-same-origin"');
    await until(() => checkerIn(box)?.querySelector('[part="fallback-box"]') != null);
    const fallback = checkerIn(box)!.querySelector('[part="fallback-box"]')!;
    // The number as formatted for reading (non-breaking space and hyphen keep it on one line).
    expect(fallback.textContent).to.match(/\(763\)\s201.8191/);
    expect(fallback.textContent).to.contain('dial 911');
    expect(fallback.querySelector('[part="open-page"]')).to.equal(null);
    const { captured } = box.contentWindow as unknown as { captured: HostPage['captured'] };
    expect(captured.errors).to.have.length(1);
    expect(captured.errors[0]).to.contain('allow-popups');
    expect(captured.uncaught).to.deep.equal([]);
  });

  it('shows the numbers to dial, 911 included, in a sandbox without an origin of its own', async () => {
    // The box is on an opaque origin: it reports what its checker shows by message.
    const report = `<script>
      setInterval(() => {
        const shown = document.querySelector('ispine-symptom-checker').shadowRoot;
        parent.postMessage({ origin: self.origin, text: shown ? shown.textContent : '', frame: Boolean(shown && shown.querySelector('iframe')), errors: captured.errors, uncaught: captured.uncaught }, '*');
      }, 200);
    </script>`;
    interface Report {
      origin: string;
      text: string;
      frame: boolean;
      errors: string[];
      uncaught: string[];
    }
    const seen: Report[] = [];
    const listen = ({ data }: MessageEvent<Partial<Report> | null>) => {
      if (typeof data?.text === 'string') seen.push(data as Report);
    };
    const box = await embedBox('sandbox="allow-scripts"', report);
    box.ownerDocument.defaultView!.addEventListener('message', listen);
    const last = () => seen[seen.length - 1];
    await until(() => seen.length > 0 && /\(763\)\s201.8191/.test(last().text), 8000);
    expect(last().origin).to.equal('null');
    expect(last().text).to.match(/\(763\)\s201.8191/);
    expect(last().frame).to.equal(false);
    expect(last().errors).to.have.length(1);
    expect(last().errors[0]).to.contain('allow-same-origin');
    expect(last().uncaught).to.deep.equal([]);
  });
});
