import { html, nothing } from 'lit';
import type { CheckerFrameController, FrameHost, FrameLabels } from '../checker-frame/host.js';
import { contactFor } from '../core/contact.js';
import type { Lang } from '../core/i18n.js';
import { localized } from '../core/strings.js';
import { REFLECTED, WidgetElement } from '../core/widget-element.js';
import type { Questionnaire } from './questionnaire.js';
import { styles } from './symptom-checker.styles.js';
import { FRAME_STRINGS } from './frame-strings.js';
import { hostStyles } from '../core/styles.js';

/**
 * A step-by-step back-pain checker for runners (CLINICAL.md): red flags first, one question per
 * step, then where to get care. A card whose height depends only on its width and text size;
 * longer content scrolls inside it.
 *
 * On any page loaded with the drop-in script, the questions run in a frame served with the
 * hosted files, out of reach of the page's own scripts (session recorders, pixels): the page can
 * observe only that the checker was started and that a call or booking link was used. Where the
 * frame cannot open, the card shows a call link and a link to the checker's own page. The
 * clinic's own site can render the questions inline by importing
 * `ispine-widgets/symptom-checker/inline` instead.
 *
 * @summary Back-pain symptom checker for iSpine Pain Physicians.
 * @tag ispine-symptom-checker
 * @slot - Fallback shown before the script runs and while the configuration loads.
 * @fires ispine-checker-start - The first answer of a run was chosen. Detail: `{}`.
 * @fires ispine-call - A call link in a result was used. Detail: `{ partner, clinicId }`.
 * @fires ispine-book - A booking link in a result was used. Detail: `{ partner, clinicId }`.
 * @csspart heading - The card's title (see `heading`).
 * @csspart frame - The isolated frame the questions run in (partner pages).
 * @csspart fallback - The call link shown if the widget fails to render.
 * @csspart fallback-box - What shows when the frame cannot open: a call link and `open-page`.
 * @csspart open-page - The link that opens the checker as its own page in a new tab.
 * @csspart base - The card around a step or a result.
 * @csspart intro - The intended-use text above the first question.
 * @csspart question - The `fieldset` of a question.
 * @csspart progress - "Step 2 of 8".
 * @csspart why - Why we ask the question.
 * @csspart option - The label around each choice.
 * @csspart option-input - Each choice's checkbox or radio; its `value` is the option id of CLINICAL.md (`none` for "None of these").
 * @csspart error - The message when a required question has no answer.
 * @csspart nav - The row of Back / Next / Start over buttons.
 * @csspart next - The Next (or Skip) button of a step.
 * @csspart back - The Back button.
 * @csspart restart - The Start over button of a result.
 * @csspart result - The result (also `emergency`, `urgent`, `specialist` or `self_care`).
 * @csspart emergency - Beside `result` on the emergency result.
 * @csspart urgent - Beside `result` on the urgent result.
 * @csspart specialist - Beside `result` on the specialist result.
 * @csspart self_care - Beside `result` on the self-care result.
 * @csspart care-card - The coloured card that leads a result: the care level, what to do now, the action.
 * @csspart pattern - The pattern in hedged words (specialist and self-care results).
 * @csspart safety-net - "Get help sooner if…" / "Call 911 if…": the red flags behind a disclosure.
 * @csspart call-911 - The `tel:911` link of the emergency result.
 * @csspart copy - The "Copy summary" button.
 * @csspart status - The copy confirmation (a polite live region).
 * @cssproperty [--ispine-checker-height=34em] - The card's height.
 * @cssproperty --ispine-color-primary - Colour of the main buttons.
 * @cssproperty --ispine-color-on-primary - Text on the main buttons.
 * @cssproperty --ispine-radius - Corner radius.
 * @cssproperty --ispine-font-family - Font (default: inherited from the page).
 */
export class SymptomChecker extends WidgetElement implements FrameHost {
  static override styles = [hostStyles, styles];

  static override properties = { clinic: REFLECTED, heading: {} };

  /**
   * Renders the questions inline instead of in the isolated frame; set only by the inline entry
   * and by the frame's own page.
   * @internal
   */
  static questionnaire?: (host: SymptomChecker) => Questionnaire;

  /**
   * Runs the questions in the isolated frame; set by `isolated.ts`, which the drop-in and
   * `ispine-widgets/symptom-checker` load.
   * @internal
   */
  static frame?: (host: SymptomChecker) => CheckerFrameController;

  /** Clinic id for call/book; default: the page's selected clinic, else the main line. */
  clinic?: string;

  /**
   * The card's title; default "Back pain checker" (translated). An empty value hides it.
   * @attr heading
   */
  heading?: string;

  readonly #questionnaire = SymptomChecker.questionnaire?.(this);
  readonly #frame = this.#questionnaire ? undefined : SymptomChecker.frame?.(this);

  /** @internal */
  get attributionPartner(): string | null {
    return this.partnerId ?? null;
  }

  #labels(lang: Lang) {
    return localized(this.page.config, 'symptom-checker', lang, FRAME_STRINGS[lang]);
  }

  protected override renderWidget() {
    const lang = this.language;
    const labels = this.#labels(lang);
    const heading = this.heading ?? labels.title;
    return html`<div class="card">
      ${heading ? html`<div part="heading" role="heading" aria-level="2">${heading}</div>` : nothing}
      <div class="body">${this.#renderBody(lang, labels)}</div>
    </div>`;
  }

  #renderBody(lang: Lang, labels: FrameLabels) {
    const { loader, config, selectedClinicId } = this.page;
    const clinic = this.clinic ?? selectedClinicId;
    if (this.#questionnaire) {
      const canBook = contactFor(config, clinic, this.partnerId).bookingUrl !== undefined;
      return this.#questionnaire.render(lang, {
        clinic,
        partner: this.partner,
        theme: this.theme,
        canBook,
      });
    }
    // Read only when the frame is created or updated: computed styles cost a style pass.
    const settings = () => {
      const { color, fontFamily: font, fontSize, colorScheme: scheme } = getComputedStyle(this);
      return {
        lang,
        theme: this.theme,
        partner: this.partnerId,
        clinic,
        color,
        font,
        fontSize,
        scheme,
      };
    };
    const callLink = this.renderCallLink();
    // Neither way to run the questions was loaded: the call link, never an empty card.
    return this.#frame?.render(loader.filesUrl, settings, labels, callLink) ?? callLink;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-symptom-checker': SymptomChecker;
  }
}
