import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getPageState, startPage, subscribe } from './state.js';
import type { PageState } from './state.js';

/** Re-renders its host whenever the shared page state changes. */
export class PageStateController implements ReactiveController {
  #unsubscribe?: () => void;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The current page state. */
  get value(): Readonly<PageState> {
    return getPageState();
  }

  hostConnected(): void {
    startPage();
    this.#unsubscribe = subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }
}
