import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../core/events.js';
import type { Lang } from '../core/i18n.js';
import type { Assessment } from '../triage/assess.js';
import { QUESTIONS, RED_FLAGS } from '../triage/questions.js';
import type { TrainingHabit } from '../triage/questions.js';
import { CheckerFlow, NONE } from './flow.js';
import type { Choice } from './flow.js';
import { STRINGS } from './strings.js';
import type { CheckerStrings } from './strings.js';

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
  readonly #flow = new CheckerFlow();
  #invalid = false;
  #copied?: 'ok' | 'fail';
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
    const { result } = this.#flow;
    const [content, nav] = result ? this.#renderResult(t, result) : this.#renderStep(t);
    // The card keeps its height: the content scrolls, the buttons stay in view below it.
    return html`<div part="base" lang=${lang}>
      <div class="content">${content}</div>
      <div part="nav">${nav}</div>
    </div>`;
  }

  #renderStep(t: CheckerStrings) {
    const { question: q, step } = this.#flow;
    const [legend, why] = t.q[q.id];
    const chosen = this.#flow.chosen();
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
    const content = html`${step ? nothing : html`<p part="intro">${t.use} ${t.local}</p>`}
      <fieldset part="question" aria-describedby=${this.#invalid ? 'why err' : 'why'}>
        <legend>
          <h2 tabindex="-1">
            <span part="progress">${t.step(step + 1, QUESTIONS.length)}</span> ${legend}
          </h2>
        </legend>
        <p id="why" part="why">${why}${q.kind === 'one' ? '' : ` ${t.many}`}</p>
        ${this.#invalid ? html`<p id="err" part="error">${t.err}</p>` : nothing}
        ${q.options.map((id) => option(id, t.o[id]))}
        ${q.noneOfThese ? option(NONE, t.none) : nothing}
      </fieldset> `;
    const nav = html`
      ${step ? html`<button part="back" @click=${this.#back}>${t.back}</button>` : nothing}
      <button part="next" class="primary" @click=${this.#next}>
        ${q.required || chosen.length ? t.next : t.skip}
      </button>
    `;
    return [content, nav] as const;
  }

  #renderResult(t: CheckerStrings, { careLevel, category, reasons }: Assessment) {
    const sos = careLevel === 'emergency';
    const [heading, todo] = t.care[careLevel];
    const training = this.#flow.chosen('training') as readonly TrainingHabit[];
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
                      .value=${this.#flow.summary(t)}
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
    const first = this.#flow.choose(input.value as Choice, input.checked);
    this.#invalid = false;
    this.#host.requestUpdate();
    if (first) emit(this.#host, 'ispine-checker-start', {});
  };

  readonly #next = (): void => {
    const move = this.#flow.next();
    this.#invalid = move === 'invalid';
    this.#host.requestUpdate();
    if (this.#invalid) {
      void this.#host.updateComplete.then(() =>
        this.#host.renderRoot.querySelector('input')?.focus(),
      );
    } else {
      this.#moved = true;
    }
  };

  readonly #back = (): void => {
    this.#flow.back();
    this.#copied = undefined;
    this.#invalid = false;
    this.#moved = true;
    this.#host.requestUpdate();
  };

  readonly #restart = (): void => {
    this.#flow.restart();
    this.#copied = undefined;
    this.#invalid = false;
    this.#moved = true;
    this.#host.requestUpdate();
  };

  readonly #copy = (): void => {
    const text = this.#flow.summary(STRINGS[this.#lang]);
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
