import { html, LitElement } from 'lit';

/** Work in progress. */
export class SymptomChecker extends LitElement {
  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-symptom-checker': SymptomChecker;
  }
}
