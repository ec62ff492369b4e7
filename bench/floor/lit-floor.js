// The Lit floor: the widgets' three tag names as minimal Lit elements, each rendering one short
// paragraph with one binding and one style rule: what any Lit library pays before it does
// anything of its own. The bench bundles it as the drop-in is bundled (minified IIFE) and serves
// it in place of the drop-in, on the same pages at the same URL, in the same runs.
import { LitElement, css, html } from 'lit';

for (const tag of ['ispine-call-book-button', 'ispine-symptom-checker', 'ispine-location-picker']) {
  customElements.define(
    tag,
    class extends LitElement {
      static styles = css`
        :host {
          display: block;
        }
      `;

      render() {
        return html`<p>${tag}</p>`;
      }
    },
  );
}
