import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CheckerFrameController } from '../checker-frame/host.js';
import { needsIsolation } from '../checker-frame/settings.js';
import { emit } from '../core/events.js';
import { hostStyles } from '../core/styles.js';
import { REFLECTED, WidgetElement } from '../core/widget-element.js';
import { assessParsed } from '../triage/assess.js';
import { QUESTIONS } from '../triage/index.js';
import type { Answers, Assessment, OptionId, QuestionId, TrainingHabit } from '../triage/index.js';
import { styles } from './symptom-checker.styles.js';
import { STRINGS } from './strings.js';
import type { CheckerStrings } from './strings.js';

/** The UI's exclusive "None of these" choice; it becomes `[]` in `Answers`. */
const NONE = 'none';
type Choice = OptionId | typeof NONE;

const RED_FLAGS = QUESTIONS[0].options;

/**
 * A step-by-step back-pain checker for runners (CLINICAL.md): red flags first, one question per
 * step, then where to get care. Answers live only in this element's memory: no event, request,
 * cookie, storage or URL ever carries them.
 *
 * @summary Back-pain symptom checker for iSpine Pain Physicians.
 * @tag ispine-symptom-checker
 * @slot - Fallback shown before the script runs and while the configuration loads.
 * @fires ispine-checker-start - The first answer of a run was chosen. Detail: `{}`.
 * @fires ispine-checker-complete - A result was shown. Detail: `{}`.
 * @csspart base - The wrapper around a step or a result.
 * @csspart intro - The intended-use text above the first question.
 * @csspart question - The `fieldset` of a question.
 * @csspart progress - "Step 2 of 8".
 * @csspart why - Why we ask the question.
 * @csspart option - The label around each choice.
 * @csspart error - The message when a required question has no answer.
 * @csspart nav - The row of Back / Next / Start over buttons.
 * @csspart result - The result (also `emergency`, `urgent`, `specialist` or `self_care`).
 * @csspart call-911 - The `tel:911` link of the emergency result.
 * @csspart copy - The "Copy summary" button.
 * @csspart status - The copy confirmation (a polite live region).
 * @cssproperty --ispine-color-primary - Colour of the main buttons.
 * @cssproperty --ispine-color-on-primary - Text on the main buttons.
 * @cssproperty --ispine-radius - Corner radius.
 * @cssproperty --ispine-font-family - Font (default: inherited from the page).
 */
export class SymptomChecker extends WidgetElement {
  static override styles = [hostStyles, styles];

  static override properties = { clinic: REFLECTED };

  /** Clinic id for call/book; default: the page's selected clinic, else the main line. */
  clinic?: string;

  /** Index of the question shown (kept while a result is shown, so Back returns to it). */
  // Answers and progress live in private fields: not even a script on the same page can read
  // them from the element. Changing them calls requestUpdate().
  #step = 0;
  #picked: Partial<Record<QuestionId, readonly Choice[]>> = {};
  #result?: Assessment;
  #invalid = false;
  #copied?: 'ok' | 'fail';

  #started = false;
  /** Set on every step change, so that focus follows the user and never moves on page load. */
  #moved = false;

  readonly #frame = new CheckerFrameController(this);

  protected override renderWidget() {
    const lang = this.language;
    const t = STRINGS[lang];
    const { loader, config, selectedClinicId } = this.page;
    // On a partner's page the questions run in a frame on the script's origin, out of reach of
    // the page's own scripts (session recorders, pixels); only the frame's height and the
    // content-free start/complete events come back.
    if (needsIsolation(loader.scriptUrl)) {
      const { color, fontFamily: font } = getComputedStyle(this);
      const settings = {
        origin: self.origin,
        lang,
        theme: this.theme,
        partner: this.partnerId,
        clinic: this.clinic ?? selectedClinicId,
        color,
        font,
        config,
      };
      return this.#frame.render(loader.scriptUrl, settings, t.title);
    }
    // `lang` on the content too: a page in an unsupported language gets English, read as English.
    return html`<div part="base" lang=${lang}>
      ${this.#result ? this.#renderResult(t, this.#result) : this.#renderStep(t)}
    </div>`;
  }

  protected override updated(): void {
    if (this.#moved) {
      this.#moved = false;
      this.renderRoot.querySelector('h2')?.focus();
    }
  }

  #renderStep(t: CheckerStrings) {
    const q = QUESTIONS[this.#step];
    const [legend, why] = t.q[q.id];
    const chosen = this.#picked[q.id] ?? [];
    const type = q.kind === 'one' ? 'radio' : 'checkbox';
    const option = (id: Choice, text: string) =>
      html`<label part="option"
        ><input
          type=${type}
          name=${q.id}
          value=${id}
          .checked=${chosen.includes(id)}
          @change=${this.#choose}
        />${text}</label
      >`;
    return html`${this.#step ? nothing : html`<p part="intro">${t.use} ${t.local}</p>`}
      <fieldset part="question" aria-describedby=${this.#invalid ? 'why err' : 'why'}>
        <legend>
          <h2 tabindex="-1">
            <span part="progress">${t.step(this.#step + 1, QUESTIONS.length)}</span> ${legend}
          </h2>
        </legend>
        <p id="why" part="why">${why}${q.kind === 'one' ? '' : ` ${t.many}`}</p>
        ${this.#invalid ? html`<p id="err" part="error">${t.err}</p>` : nothing}
        ${q.options.map((id) => option(id, t.o[id]))}
        ${q.noneOfThese ? option(NONE, t.none) : nothing}
      </fieldset>
      <div part="nav">
        ${this.#step ? html`<button part="back" @click=${this.#back}>${t.back}</button>` : nothing}
        <button part="next" class="primary" @click=${this.#next}>
          ${q.required || chosen.length ? t.next : t.skip}
        </button>
      </div>`;
  }

  #renderResult(t: CheckerStrings, { careLevel, category, reasons }: Assessment) {
    const sos = careLevel === 'emergency';
    const [heading, todo] = t.care[careLevel];
    const training = (this.#picked.training ?? []) as readonly TrainingHabit[];
    const list = (title: string, items: readonly string[]) =>
      items.length
        ? html`<h3>${title}</h3>
            <ul>
              ${items.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing;
    const copy = this.#copied === 'ok' ? t.copied : this.#copied ? t.noCopy : '';
    return html`<div part="result ${careLevel}">
      <h2 tabindex="-1">${heading}</h2>
      ${
        sos
          ? html`<a part="call-911" href="tel:911">${t.call911}</a>`
          : html`<p>${todo}</p>
              <ispine-call-book-button
                action=${careLevel === 'urgent' ? 'call' : 'both'}
                clinic=${ifDefined(this.clinic)}
                partner=${ifDefined(this.partner)}
                theme=${this.theme}
                .widget=${'symptom-checker'}
              ></ispine-call-book-button>
              <p>${t.cat[category]}</p>`
      }
      ${list(
        t.why,
        reasons.map((id) => (id === 'unclear' ? t.unclear : t.o[id])),
      )}
      ${
        sos
          ? nothing
          : html`${careLevel === 'self_care' ? list(t.home, t.homeTips) : nothing}
              ${list(
                t.runTips,
                training.map((id) => t.tip[id]),
              )}
              ${list(t.prevent, t.preventTips)}
              ${list(
                t.sooner,
                RED_FLAGS.map((id) => t.o[id]),
              )}
              <p>${t.sos}</p>`
      }
      <p><strong>${t.notDx}</strong></p>
      ${
        sos
          ? nothing
          : html`<button part="copy" @click=${this.#copy}>${t.copy}</button>
              <p part="status" role="status">${copy}</p>
              ${
                this.#copied === 'fail'
                  ? html`<textarea
                      readonly
                      aria-label=${t.summary}
                      .value=${this.#summary(t)}
                    ></textarea>`
                  : nothing
              }`
      }
      <div part="nav">
        <button part="back" @click=${this.#back}>${t.back}</button>
        <button part="restart" @click=${this.#restart}>${t.again}</button>
      </div>
    </div>`;
  }

  #choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.value as Choice;
    const { id: question, kind } = QUESTIONS[this.#step];
    const others = (this.#picked[question] ?? []).filter((c) => c !== id);
    // "None of these" is exclusive: it clears the other choices, and any other choice clears it.
    const chosen = !input.checked
      ? others
      : kind === 'one' || id === NONE
        ? [id]
        : [...others.filter((c) => c !== NONE), id];
    this.#picked = { ...this.#picked, [question]: chosen };
    this.#invalid = false;
    this.requestUpdate();
    if (!this.#started) {
      this.#started = true;
      emit(this, 'ispine-checker-start', {});
    }
  }

  #next(): void {
    const q = QUESTIONS[this.#step];
    if (q.required && !this.#picked[q.id]?.length) {
      this.#invalid = true;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
      return;
    }
    const result = this.#assess();
    // A red flag ends the flow at once; so does any emergency, as no later answer can lower it.
    if (result.careLevel === 'emergency' || this.#step === QUESTIONS.length - 1) {
      this.#result = result;
      this.#moved = true;
      this.requestUpdate();
      emit(this, 'ispine-checker-complete', {});
    } else {
      this.#go(this.#step + 1);
    }
  }

  #back(): void {
    if (this.#result) {
      this.#result = undefined;
      this.#copied = undefined;
      this.#moved = true;
      this.requestUpdate();
    } else {
      this.#go(this.#step - 1);
    }
  }

  #restart(): void {
    this.#picked = {};
    this.#result = undefined;
    this.#copied = undefined;
    this.#started = false;
    this.#go(0);
  }

  #go(step: number): void {
    this.#step = step;
    this.#invalid = false;
    this.#moved = true;
    this.requestUpdate();
  }

  /** The answers so far, as the triage engine reads them. */
  #assess(): Assessment {
    const answers: Partial<Record<QuestionId, OptionId | OptionId[]>> = {};
    for (const { id, kind } of QUESTIONS) {
      const chosen = this.#picked[id];
      if (!chosen?.length) continue;
      const ids = chosen.filter((c): c is OptionId => c !== NONE);
      answers[id] = kind === 'one' ? ids[0] : ids;
    }
    // The questions fill each field with its own option ids, so the answers fit the catalogue.
    return assessParsed(answers as Answers);
  }

  /** The answers and the result in plain words, for the visit. */
  #summary(t: CheckerStrings): string {
    const { careLevel, category } = this.#assess();
    const answers = QUESTIONS.map(({ id }) => {
      const chosen = this.#picked[id] ?? [];
      const words = chosen.map((c) => (c === NONE ? t.none : t.o[c]));
      return `${t.q[id][0]} ${words.join('; ') || t.skipped}`;
    });
    const result = `${t.result}: ${t.care[careLevel].join(' ')}`;
    return [t.summary, ...answers, '', result, t.cat[category], t.notDx].join('\n');
  }

  #copy(): void {
    const text = this.#summary(STRINGS[this.language]);
    const copied = (outcome?: 'ok' | 'fail') => {
      this.#copied = outcome;
      this.requestUpdate();
    };
    copied();
    // Absent outside secure contexts, whatever the DOM types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    (clipboard ? clipboard.writeText(text) : Promise.reject(new Error('no clipboard'))).then(
      () => copied('ok'),
      () => copied('fail'),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-symptom-checker': SymptomChecker;
  }
}
