import { html, nothing } from 'lit';
import type { LitElement, ReactiveController, TemplateResult } from 'lit';
import { emit } from '../core/events.js';
import { getPageState } from '../core/state.js';
import { FRAME_FILE, clinicConfigName, frameUrl, isFrameMessage } from './protocol.js';
import type { FrameLook } from './protocol.js';

/**
 * How long the frame may take to say it is ready, how long after its `load` event, and how long
 * finding out why may take: whatever its server does (a stall, a trickle, a reset), the visitor
 * has the call link within 5 s of the frame's creation.
 */
const READY_TIMEOUT_MS = 3500;
const AFTER_LOAD_MS = 1500;
const DIAGNOSE_TIMEOUT_MS = 1500;
/** How long a loaded page may stay busy before the frame is created anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** Where there are no idle callbacks (WebKit): how long after `load` the frame is created. */
const AFTER_PAGE_LOAD_MS = 300;

/** What the host element lends the controller. */
export interface FrameHost extends LitElement {
  /** The partner id sent with the page's `ispine-call` / `ispine-book` events. */
  readonly attributionPartner: string | null;
  /** The visitor pressed Escape in the frame: the sheet around it closes. */
  closeSheet(): void;
}

/** Words the fallback shows, in the page's language. */
export interface FrameLabels {
  title: string;
  loading: string;
  failed: string;
  openPage: string;
  newTab: string;
  /** Where a sandbox blocks links: the numbers to dial by hand, 911 included. */
  dial: string;
}

/**
 * Whether the page sits in a sandbox that blocks the checker's links (`tel:`, booking and its
 * own page open outside the box): an opaque origin (no `allow-same-origin`: the frame could
 * not even tell the page it is ready), or a sandboxing frame we can see that lacks
 * `allow-popups`. A sandbox behind a frame on another origin cannot be seen from here.
 */
function sandboxBlocksLinks(): boolean {
  // `self.origin`, not `location.origin`: an `<iframe srcdoc>` preview, unsandboxed, has its
  // parent's origin but an `about:srcdoc` location.
  if (self.origin === 'null') return true;
  try {
    for (let view: Window = window; view.parent !== view; view = view.parent) {
      // The element is of its parent's realm: read its attribute, not its class.
      const sandbox = view.frameElement?.getAttribute('sandbox');
      if (view.frameElement === null) return false;
      if (typeof sandbox === 'string' && !/(^|\s)allow-popups(\s|$)/i.test(sandbox)) return true;
    }
  } catch {
    // An ancestor on another origin: what is above it cannot be seen.
  }
  return false;
}

/**
 * The page side of the isolated checker. It renders the frame at a size set by CSS alone, and
 * listens only to that frame's window on the files' origin for `ready`, `shown`, `close` (Escape) and the
 * call/book messages. Settings changes reach the frame with `location.replace` (no history
 * entry). When the frame is blocked, missing, of the wrong type or silent, the box shows a call
 * link and a link to the checker's own page, and the console gets one error saying why.
 */
export class CheckerFrameController implements ReactiveController {
  readonly #host: FrameHost;
  /** The URL the frame was last sent to, and the one the last render asked for. */
  #url = '';
  #wanted = '';
  /** The URL the frame element was created with (its `src` attribute, never changed by renders). */
  #src = '';
  #failed = false;
  /** The page's sandbox blocks links: the fallback shows the numbers to dial instead. */
  #sandboxed = false;
  #ready = false;
  /** The frame has drawn its first question: the loading line over it can go. */
  #shown = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** When the frame's handshake is due at the latest (a `load` event never extends it). */
  #deadline = 0;
  #cancelIdle?: () => void;
  /** The page has loaded and is idle, or Start was pressed: the frame is due. */
  #due = false;

  constructor(host: FrameHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.#onMessage);
    document.addEventListener('securitypolicyviolation', this.#onViolation);
    if (this.#wanted) this.#host.requestUpdate();
    // Creating a frame is a long task on a slow phone, and on phones the frame often shares the
    // page's main thread: it waits until the partner's page has loaded and the browser is idle,
    // still long before a visitor has read the card and pressed Start (which creates it at once).
    if (this.#due) return;
    if (document.readyState === 'complete') this.#whenIdle();
    else window.addEventListener('load', this.#whenIdle, { once: true });
  }

  /** Creates the frame when the browser is next idle (WebKit has no idle callbacks: a timer). */
  readonly #whenIdle = (): void => {
    this.#cancelIdle?.();
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(this.createFrame, { timeout: IDLE_TIMEOUT_MS });
      this.#cancelIdle = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(this.createFrame, AFTER_PAGE_LOAD_MS);
      this.#cancelIdle = () => clearTimeout(id);
    }
  };

  /** Creates the frame now, if it is not there yet: Start was pressed before the page was idle. */
  readonly createFrame = (): void => {
    if (this.#due || !this.#host.isConnected) return;
    this.#cancelIdle?.();
    if (sandboxBlocksLinks()) {
      this.#sandboxed = true;
      this.#fail(
        self.origin === 'null'
          ? 'the page is sandboxed without allow-same-origin (no origin of its own)'
          : 'the page is sandboxed without allow-popups, so its links could not open; add "allow-popups allow-popups-to-escape-sandbox" to its sandbox',
      );
      return;
    }
    this.#due = true;
    this.#host.requestUpdate();
  };

  hostUpdated(): void {
    if (!this.#failed) this.#navigate(this.#wanted);
  }

  hostDisconnected(): void {
    window.removeEventListener('load', this.#whenIdle);
    this.#cancelIdle?.();
    window.removeEventListener('message', this.#onMessage);
    document.removeEventListener('securitypolicyviolation', this.#onViolation);
    clearTimeout(this.#timer);
    // A frame moved in the page loads again: wait for its handshake again.
    this.#url = '';
    this.#ready = false;
    this.#shown = false;
  }

  /**
   * The frame with `look` (read only once the frame is due: nothing before the page is idle),
   * or the fallback with the widget's own `callLink`. The frame gets the page's configuration
   * only by name, when the clinic publishes it next to the files (it loads it from there
   * itself): a page's own block or file never reaches it.
   */
  render(
    filesUrl: string,
    look: () => FrameLook,
    labels: FrameLabels,
    callLink: TemplateResult,
  ): unknown {
    const config = clinicConfigName(getPageState().loader.configUrl, filesUrl, document.baseURI);
    if (this.#sandboxed) {
      return html`<div part="fallback-box">
        ${callLink}
        <p>${labels.dial}</p>
      </div>`;
    }
    if (this.#failed) {
      // The checker's own page takes no origin from a link.
      const { lang, theme, partner, clinic } = look();
      const own = { lang, theme, partner, clinic, config };
      return html`<div part="fallback-box">
        <p>${labels.failed}</p>
        ${callLink}
        <a part="open-page" href=${frameUrl(filesUrl, own)} target="_blank" rel="noopener"
          >${labels.openPage} <span class="visually-hidden">${labels.newTab}</span></a
        >
      </div>`;
    }
    // Until the frame has drawn its first question, a line over it says what the box is for.
    const loading = this.#shown ? nothing : html`<p class="loading">${labels.loading}</p>`;
    if (!this.#due) return loading;
    // `self.origin`: see sandboxBlocksLinks().
    this.#wanted = frameUrl(filesUrl, { ...look(), origin: self.origin, config });
    // Created with its address, the frame starts loading it at once; created empty, it would
    // first commit a blank document in the same task, a long task on a slow phone.
    this.#src ||= this.#wanted;
    return html`<iframe
        part="frame"
        src=${this.#src}
        title=${labels.title}
        allow="clipboard-write"
        @load=${this.#onLoad}
      ></iframe
      >${loading}`;
  }

  get #frame(): HTMLIFrameElement | null {
    return this.#host.renderRoot.querySelector('iframe');
  }

  /**
   * Waits for a new (or moved, so reloaded) frame's handshake; later settings only change its
   * fragment, replacing the history entry.
   */
  #navigate(url: string): void {
    const frame = this.#frame;
    if (!frame || !url || url === this.#url) return;
    if (this.#url && frame.contentWindow) {
      frame.contentWindow.location.replace(url);
    } else {
      if (frame.getAttribute('src') !== url) frame.src = url;
      this.#deadline = Date.now() + READY_TIMEOUT_MS;
      this.#wait(READY_TIMEOUT_MS);
    }
    this.#url = url;
  }

  readonly #onLoad = (): void => {
    if (!this.#ready) this.#wait(Math.min(AFTER_LOAD_MS, this.#deadline - Date.now()));
  };

  #wait(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#diagnose(), ms);
  }

  /**
   * The frame did not answer: find out why where the files' server lets us (within
   * DIAGNOSE_TIMEOUT_MS), then fall back.
   */
  async #diagnose(): Promise<void> {
    if (this.#ready || this.#failed) return;
    const url = new URL(FRAME_FILE, this.#url).href;
    const cause = await frameServerCause(url);
    this.#fail(
      `${cause}; serve ${url} as text/html, without X-Frame-Options, with "Content-Security-Policy: frame-ancestors *"`,
    );
  }

  #fail(reason: string): void {
    if (this.#failed || this.#ready) return;
    clearTimeout(this.#timer);
    this.#failed = true;
    console.error(
      `ispine-widgets: the checker's frame could not open: ${reason}. Showing a call link instead.`,
    );
    this.#host.requestUpdate();
  }

  readonly #onViolation = (event: SecurityPolicyViolationEvent): void => {
    if (this.#ready || !this.#url || !/^(frame|child|default)-src/.test(event.effectiveDirective)) {
      return;
    }
    const { origin } = new URL(this.#url);
    if (event.blockedURI.startsWith(origin)) {
      this.#fail(`this page's Content-Security-Policy blocks it: add "frame-src ${origin}"`);
    }
  };

  readonly #onMessage = (event: MessageEvent): void => {
    const frame = this.#frame;
    if (!frame || !this.#url || event.source !== frame.contentWindow) return;
    if (event.origin !== new URL(this.#url).origin || !isFrameMessage(event.data)) return;
    const message = event.data;
    if (message.ispine === 'ready') {
      this.#ready = true;
      clearTimeout(this.#timer);
    } else if (message.ispine === 'shown') {
      this.#shown = true;
      this.#host.requestUpdate();
    } else if (message.ispine === 'close') {
      this.#host.closeSheet();
    } else {
      const detail = { partner: this.#host.attributionPartner, clinicId: message.clinicId };
      emit(this.#host, message.ispine === 'call' ? 'ispine-call' : 'ispine-book', detail);
    }
  };
}

/**
 * Why the frame page at `url` did not answer, as far as its server lets a page tell: its status
 * and type when it sends CORS headers; whether it answers at all when it does not.
 */
async function frameServerCause(url: string): Promise<string> {
  const signal = AbortSignal.timeout(DIAGNOSE_TIMEOUT_MS);
  const request = { credentials: 'omit', referrerPolicy: 'no-referrer', signal } as const;
  // Read after each await: the timeout may abort either request.
  const failure = (otherwise: string) =>
    signal.aborted
      ? `its server sent no answer within ${(READY_TIMEOUT_MS + DIAGNOSE_TIMEOUT_MS) / 1000} s`
      : otherwise;
  try {
    const response = await fetch(url, request);
    const type = response.headers.get('content-type') ?? 'no type';
    if (!response.ok) return `the server answered HTTP ${response.status}`;
    if (!type.startsWith('text/html')) return `it is served as ${type}, not text/html`;
    return `it did not finish loading within ${READY_TIMEOUT_MS / 1000} s`;
  } catch {
    if (signal.aborted) return failure('');
  }
  // No CORS on the frame page: an opaque request still tells an answer from a broken connection.
  try {
    await fetch(url, { ...request, mode: 'no-cors' });
    return 'it did not answer';
  } catch {
    return failure('the connection to its server failed');
  }
}
