import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../core/events.js';
import type { Lang } from '../core/i18n.js';
import { assessParsed } from '../triage/assess.js';
import type { Assessment } from '../triage/assess.js';
import { QUESTIONS, RED_FLAGS } from '../triage/questions.js';
import type { Answers, OptionId, QuestionId, TrainingHabit } from '../triage/questions.js';
import { STRINGS } from './strings.js';
import type { CheckerStrings } from './strings.js';

/** The UI's exclusive "None of these" choice; it becomes `[]` in `Answers`. */
const NONE = 'none';
type Choice = OptionId | typeof NONE;

/** What the result's call/book button takes from the checker element. */
export interface QuestionnaireOptions {
  clinic?: string;
  partner?: string;
  theme: string;
}

/**
 * The questions and the result, rendered inside the checker element (in its frame on partner
 * pages, or inline where the page opted in). Answers live only in this controller's private
 * fields: no event, request, cookie, storage or URL ever carries them, and a script on the same
 * page cannot read them from the element.
 * @internal
 */
export class Questionnaire implements ReactiveController {
  readonly #host: ReactiveElement;
  #lang: Lang = 'en';
  #options: QuestionnaireOptions = { theme: 'auto' };
  /** Index of the question shown (kept while a result is shown, so Back returns to it). */
  #step = 0;
  #picked: Partial<Record<QuestionId, readonly Choice[]>> = {};
  #result?: Assessment;
  #invalid = false;
  #copied?: 'ok' | 'fail';
  #started = false;
  /** Set on every step change, so that focus follows the user and never moves on page load. */
  #moved = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#moved) {
      this.#moved = false;
      this.#host.renderRoot.querySelector('h2')?.focus();
    }
  }

  /** The current step or result, in `lang`. */
  render(lang: Lang, options: QuestionnaireOptions) {
    this.#lang = lang;
    this.#options = options;
    const t = STRINGS[lang];
    // `lang` on the content too: a page in an unsupported language gets English, read as English.
    const [content, nav] = this.#result ? this.#renderResult(t, this.#result) : this.#renderStep(t);
    // The card keeps its height: the content scrolls, the buttons stay in view below it.
    return html`<div part="base" lang=${lang}>
      <div class="content">${content}</div>
      <div part="nav">${nav}</div>
    </div>`;
  }

  #renderStep(t: CheckerStrings) {
    const q = QUESTIONS[this.#step];
    const [legend, why] = t.q[q.id];
    const chosen = this.#picked[q.id] ?? [];
    const type = q.kind === 'one' ? 'radio' : 'checkbox';
    const option = (id: Choice, text: string) =>
      html`<label part="option"
        ><input
          part="option-input"
          type=${type}
          name=${q.id}
          value=${id}
          .checked=${chosen.includes(id)}
          @change=${this.#choose}
        />${text}</label
      >`;
    const content = html`${this.#step ? nothing : html`<p part="intro">${t.use} ${t.local}</p>`}
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
      </fieldset> `;
    const nav = html`
      ${this.#step ? html`<button part="back" @click=${this.#back}>${t.back}</button>` : nothing}
      <button part="next" class="primary" @click=${this.#next}>
        ${q.required || chosen.length ? t.next : t.skip}
      </button>
    `;
    return [content, nav] as const;
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
    const content = html`<div part="result ${careLevel}">
      <h2 tabindex="-1">${heading}</h2>
      ${
        sos
          ? html`<a part="call-911" href="tel:911">${t.call911}</a>`
          : html`<p>${todo}</p>
              <ispine-call-book-button
                action=${careLevel === 'urgent' ? 'call' : 'both'}
                clinic=${ifDefined(this.#options.clinic)}
                partner=${ifDefined(this.#options.partner)}
                theme=${this.#options.theme}
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
    </div>`;
    const nav = html`<button part="back" @click=${this.#back}>${t.back}</button>
      <button part="restart" @click=${this.#restart}>${t.again}</button>`;
    return [content, nav] as const;
  }

  readonly #choose = (event: Event): void => {
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
    this.#host.requestUpdate();
    if (!this.#started) {
      this.#started = true;
      emit(this.#host, 'ispine-checker-start', {});
    }
  };

  readonly #next = (): void => {
    const q = QUESTIONS[this.#step];
    if (q.required && !this.#picked[q.id]?.length) {
      this.#invalid = true;
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() =>
        this.#host.renderRoot.querySelector('input')?.focus(),
      );
      return;
    }
    const result = this.#assess();
    // A red flag ends the flow at once; so does any emergency, as no later answer can lower it.
    if (result.careLevel === 'emergency' || this.#step === QUESTIONS.length - 1) {
      this.#result = result;
      this.#moved = true;
      this.#host.requestUpdate();
    } else {
      this.#go(this.#step + 1);
    }
  };

  readonly #back = (): void => {
    if (this.#result) {
      this.#result = undefined;
      this.#copied = undefined;
      this.#moved = true;
      this.#host.requestUpdate();
    } else {
      this.#go(this.#step - 1);
    }
  };

  readonly #restart = (): void => {
    this.#picked = {};
    this.#result = undefined;
    this.#copied = undefined;
    this.#started = false;
    this.#go(0);
  };

  #go(step: number): void {
    this.#step = step;
    this.#invalid = false;
    this.#moved = true;
    this.#host.requestUpdate();
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

  readonly #copy = (): void => {
    const text = this.#summary(STRINGS[this.#lang]);
    const copied = (outcome?: 'ok' | 'fail') => {
      this.#copied = outcome;
      this.#host.requestUpdate();
    };
    copied();
    // Absent outside secure contexts, whatever the DOM types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    (clipboard ? clipboard.writeText(text) : Promise.reject(new Error('no clipboard'))).then(
      () => copied('ok'),
      () => copied('fail'),
    );
  };
}
