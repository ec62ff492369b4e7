import { html } from 'lit';
import type { CheckerFrameController, FrameHost } from '../checker-frame/host.js';
import { contactFor } from '../core/contact.js';
import { emit } from '../core/events.js';
import type { Lang } from '../core/i18n.js';
import { localized } from '../core/strings.js';
import { REFLECTED, WidgetElement } from '../core/widget-element.js';
import type { Questionnaire } from './questionnaire.js';
import { styles } from './symptom-checker.styles.js';
import { FRAME_STRINGS } from './frame-strings.js';
import { hostStyles } from '../core/styles.js';
import { pageBackground, roomInCard } from './sheet.js';

/**
 * A step-by-step back-pain checker for runners (CLINICAL.md): red flags first, one question per
 * step, then where to get care. On partner pages it starts as a compact card (its title, what it
 * is for, Start and "Emergency? Call 911") whose height depends only on its width and text size.
 * Start opens the questions in the card where there is room, else as a full-screen sheet (a
 * modal dialog): on phones, at large text sizes and at high zoom. Close or Escape returns to the
 * card and keeps the answers; the attribute `expanded` is set while they run in the card.
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
 * @fires ispine-checker-start - The visitor started the checker: pressed Start on the card (the
 * first time; Continue after Close does not fire it again), or, where the questions render inline,
 * chose the first answer of a run. Detail: `{}`.
 * @fires ispine-call - A call link in a result was used. Detail: `{ partner, clinicId }`.
 * @fires ispine-book - A booking link in a result was used. Detail: `{ partner, clinicId }`.
 * @csspart heading - The card's title (see `heading`).
 * @csspart start - The start card's Start (later Continue) button.
 * @csspart sheet - The dialog the questions run in: in the card, or as the full-screen sheet.
 * @csspart close - The sheet's Close button.
 * @csspart frame - The isolated frame the questions run in (partner pages).
 * @csspart fallback - The call link shown if the widget fails to render.
 * @csspart fallback-box - What shows when the frame cannot open: a call link and `open-page`.
 * @csspart open-page - The link that opens the checker as its own page in a new tab.
 * @csspart base - The card around a step or a result.
 * @csspart intro - The intended-use text: on the start card, or above the first question inline.
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
 * @csspart call-911 - The `tel:911` link of the emergency result and of the start card.
 * @csspart copy - The "Copy summary" button.
 * @csspart status - The copy confirmation (a polite live region).
 * @cssproperty [--ispine-checker-height=34em] - The card's height while the questions run in it (and where they render inline).
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

  /**
   * The questionnaire is open: in the card where there is room, else as a full-screen sheet.
   * Only the visitor opens and closes it, so this is the same on every answer path.
   */
  #open: 'closed' | 'card' | 'sheet' = 'closed';
  /** Start was pressed once: the event has fired, and the card now offers to continue. */
  #started = false;

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
    if (this.#questionnaire) {
      return html`<div class="card">
        <div part="heading" role="heading" aria-level="2" ?hidden=${!heading}>${heading}</div>
        <div class="body">${this.#renderBody(lang)}</div>
      </div>`;
    }
    // The frame sits in the dialog from the start and is never moved (a moved frame reloads and
    // loses the answers): opening shows the dialog in the card or in the top layer. The title is
    // written into each card's template, not nested (one template fewer to prepare and clone at
    // the first render); an empty one is hidden.
    return html`<div class="card">
      <div class="start" ?hidden=${this.#open === 'card'}>
        <div part="heading" role="heading" aria-level="2" ?hidden=${!heading}>${heading}</div>
        <p part="intro">${labels.intro}</p>
        <div class="actions">
          <button part="start" class="primary" @click=${this.#start}>
            ${this.#started ? labels.resume : labels.start}
          </button>
          <a part="call-911" href="tel:911">${labels.emergency}</a>
        </div>
      </div>
      <dialog part="sheet" aria-label=${labels.title} @close=${this.#onClose}>
        <div class="bar">
          <span aria-hidden="true">${heading}</span>
          <button part="close" @click=${this.#close}>${labels.close}</button>
        </div>
        <div class="body">${this.#renderBody(lang)}</div>
      </dialog>
    </div>`;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  readonly #start = (): void => {
    if (!this.#started) {
      this.#started = true;
      emit(this, 'ispine-checker-start', {});
    }
    // Pressed before the page was idle: the frame starts loading now.
    this.#frame?.createFrame();
    this.#show();
  };

  /** Opens the questionnaire, or moves it between the card and the sheet as the room changed. */
  #show(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    const where = roomInCard(this) ? 'card' : 'sheet';
    if (dialog.open) {
      if (where === this.#open) return;
      dialog.close();
    }
    this.#open = where;
    // The card grows to the questionnaire's height only while it runs there.
    this.toggleAttribute('expanded', where === 'card');
    if (where === 'sheet') {
      dialog.style.setProperty('--_sheet-bg', pageBackground(this));
      dialog.showModal();
    } else {
      dialog.show();
    }
    window.addEventListener('resize', this.#onResize);
    this.requestUpdate();
  }

  readonly #onResize = (): void => this.#show();

  readonly #close = (): void => this.#dialog?.close();

  /** @internal Escape in the frame: the same as Escape on a modal dialog (not in the card). */
  closeSheet(): void {
    if (this.#open === 'sheet') this.#close();
  }

  /** Close, Escape or the phone's back gesture (a close request): back to the card. */
  readonly #onClose = (): void => {
    // The close event comes a task later: a dialog open again only moved (card ↔ sheet).
    if (this.#dialog?.open) return;
    this.#open = 'closed';
    this.toggleAttribute('expanded', false);
    window.removeEventListener('resize', this.#onResize);
    this.requestUpdate();
    // After the dialog's own focus restoring, which WebKit does after this event.
    void this.updateComplete.then(() =>
      setTimeout(() =>
        this.renderRoot
          .querySelector<HTMLElement>('[part="start"]')
          ?.focus({ preventScroll: true }),
      ),
    );
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.#onResize);
  }

  #renderBody(lang: Lang) {
    const { loader, config, selectedClinicId } = this.page;
    const clinic = this.clinic ?? selectedClinicId;
    if (this.#questionnaire) {
      const canBook = contactFor(config, clinic, this.partnerId).bookingUrl !== undefined;
      return this.#questionnaire.render(lang, {
        clinic,
        partner: this.partner,
        theme: this.theme,
        canBook,
        // The frame's page marks its checker \`framed\`: the start card, with the intended use,
        // is on the embedding page.
        intro: !this.hasAttribute('framed'),
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
    return this.#frame?.render(loader.filesUrl, settings, this.#labels(lang), callLink) ?? callLink;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-symptom-checker': SymptomChecker;
  }
}
