import { html, LitElement } from 'lit';

/** Work in progress. */
export class LocationPicker extends LitElement {
  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-location-picker': LocationPicker;
  }
}
