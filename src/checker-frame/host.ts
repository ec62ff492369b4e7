import { html } from 'lit';
import type { LitElement, ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../core/events.js';
import { frameUrl, isFrameMessage } from './settings.js';
import type { FrameSettings } from './settings.js';

/**
 * The page side of the isolated checker: renders the frame and listens to it. Only messages
 * from this frame's window and the script's origin count; the frame sizes itself to its content,
 * so it never shows a scrollbar.
 */
export class CheckerFrameController implements ReactiveController {
  readonly #host: ReactiveControllerHost & LitElement;

  constructor(host: ReactiveControllerHost & LitElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.#onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.#onMessage);
  }

  /** The frame for `settings`; a settings change only changes the fragment (no reload). */
  render(scriptUrl: string, settings: FrameSettings, title: string) {
    return html`<iframe part="frame" title=${title} src=${frameUrl(scriptUrl, settings)}></iframe>`;
  }

  readonly #onMessage = (event: MessageEvent): void => {
    const frame = this.#host.renderRoot.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow) return;
    if (event.origin !== new URL(frame.src).origin || !isFrameMessage(event.data)) return;
    if (event.data.ispine === 'height') {
      frame.style.height = `${event.data.height}px`;
    } else {
      emit(this.#host, event.data.ispine, {});
    }
  };
}
