import { getPageState } from './state.js';

/** Who sent the visitor and which clinic they are calling or booking. */
export interface AttributionDetail {
  partner: string | null;
  clinicId: string | null;
}

/** Every event the widgets fire, with its detail. None carries health information. */
export interface ISpineEventDetails {
  'ispine-call': AttributionDetail;
  'ispine-book': AttributionDetail;
  'ispine-location-change': { clinicId: string };
  'ispine-directions': { clinicId: string };
  'ispine-checker-start': Record<string, never>;
}

/** The widgets' events as `CustomEvent`s, for `addEventListener` typing. */
export type ISpineEventMap = {
  [K in keyof ISpineEventDetails]: CustomEvent<ISpineEventDetails[K]>;
};

declare global {
  // The events bubble and are composed, so listeners on any element, the document and the
  // window get them: HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend this.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ISpineEventMap {}
  interface Window {
    dataLayer?: unknown[];
  }
}

/**
 * Fires a bubbling, composed `ispine-*` event from `target`, and pushes a copy to
 * `window.dataLayer` only when the loader opted in with `data-analytics="datalayer"`.
 */
export function emit<K extends keyof ISpineEventDetails>(
  target: EventTarget,
  type: K,
  detail: ISpineEventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  if (getPageState().loader.analytics && Array.isArray(window.dataLayer)) {
    window.dataLayer.push({ event: type, ...detail });
  }
}
