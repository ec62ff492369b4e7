import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { contactFor, resolvePartner } from '../core/contact.js';
import { emit } from '../core/events.js';
import { focusInside } from '../core/focus.js';
import { formatPhone } from '../core/phone.js';
import { getPageState } from '../core/state.js';
import { localized } from '../core/strings.js';
import type { Lang } from '../core/i18n.js';
import type { Assessment, CareLevel } from '../triage/assess.js';
import { QUESTIONS, RED_FLAGS } from '../triage/questions.js';
import type { TrainingHabit } from '../triage/questions.js';
import { CheckerFlow, NONE, resultParts, tipsFor } from './flow.js';
import type { Choice } from './flow.js';
import { STRINGS } from './strings.js';
import type { CheckerStrings, StatedReason } from './strings.js';

/** What the result's call/book buttons take from the checker element. */
export interface QuestionnaireOptions {
  clinic?: string;
  partner?: string;
  theme: string;
  /** A booking page is configured for the clinic (else booking falls back to calling). */
  canBook: boolean;
}

/** One icon per care level (24 × 24): warning, clock, medical cross, house. */
const CARE_ICONS: Record<CareLevel, string> = {
  emergency: 'M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z',
  urgent:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3v6l5 3 1-1.7-4-2.3V7h-2z',
  specialist: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6V3z',
  self_care: 'M12 3 2 12h3v8h5v-5h4v5h5v-8h3L12 3z',
};

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
  #options: QuestionnaireOptions = { theme: 'auto', canBook: false };
  readonly #flow = new CheckerFlow();
  #invalid = false;
  #copied?: 'ok' | 'fail';
  /** Set on every step change, so that focus follows the user and never moves on page load. */
  #moved = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  #strings(): CheckerStrings {
    return localized(getPageState().config, 'symptom-checker', this.#lang, STRINGS[this.#lang]);
  }

  hostUpdated(): void {
    if (this.#moved) {
      this.#moved = false;
      this.#focus('h2');
    }
  }

  /** Focus follows the visitor inside the card's scrolling content; the page never scrolls. */
  #focus(selector: string): void {
    const root = this.#host.renderRoot;
    focusInside(root.querySelector<HTMLElement>(selector), root.querySelector('.content'));
  }

  /** The current step or result, in `lang`, with the configuration's own wording. */
  render(lang: Lang, options: QuestionnaireOptions) {
    this.#lang = lang;
    this.#options = options;
    const t = this.#strings();
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
    const [legend, why] = t.questions[q.id];
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
        ${this.#invalid ? html`<p id="err" part="error">${t.required}</p>` : nothing}
        ${q.options.map((id) => option(id, t.options[id]))}
        ${q.noneOfThese ? option(NONE, t.none) : nothing}
      </fieldset> `;
    const nav = html`
      ${step ? html`<button part="back" @click=${this.#back}>${t.back}</button>` : nothing}
      <button
        part="next"
        class=${q.required || chosen.length ? 'primary' : ''}
        @click=${this.#next}
      >
        ${q.required || chosen.length ? t.next : t.skip}
      </button>
    `;
    return [content, nav] as const;
  }

  #renderResult(t: CheckerStrings, { careLevel, category, reasons }: Assessment) {
    const list = (items: readonly string[]) =>
      html`<ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
    const section = (title: string, items: readonly string[]) =>
      items.length
        ? html`<h3>${title}</h3>
            ${list(items)}`
        : nothing;
    // Statements about the runner, not the option labels; the engine gives only `StatedReason`s.
    const ledHere = section(
      t.ledToThis,
      reasons.map((id) => t.because[id as StatedReason]),
    );
    if (careLevel === 'emergency') {
      // The card's second line is the disclaimer, tied to the action; nothing else follows it.
      const content = html`<div part="result emergency">
        ${this.#careCard(t, careLevel, html`<a part="call-911" href="tel:911">${t.call911}</a>`)}
        ${ledHere}
      </div>`;
      return [content, this.#resultNav(t)] as const;
    }
    const parts = resultParts(careLevel);
    const { running, prevention } = tipsFor(this.#flow.chosen('training') as TrainingHabit[]);
    const copy = this.#copied === 'ok' ? t.copied : this.#copied ? t.noCopy : '';
    const content = html`<div part="result ${careLevel}">
      ${this.#careCard(t, careLevel, this.#actions(careLevel))} ${ledHere}
      ${parts.pattern ? html`<p part="pattern">${t.patterns[category]}</p>` : nothing}
      ${
        careLevel === 'self_care'
          ? html`${section(t.home, t.homeTips)}
              <p>${t.bookLater}</p>
              ${this.#button('both', 'outline')}`
          : nothing
      }
      <h3>${t.runTips}</h3>
      <p>${t.running[careLevel]}</p>
      ${running.length ? list(running.map((id) => t.tip[id])) : nothing}
      ${section(
        t.prevent,
        prevention.map((id) => t.preventTips[id]),
      )}
      <details part="safety-net" ?open=${parts.netOpen}>
        <summary>${t.sooner[careLevel]}</summary>
        ${list(RED_FLAGS.map((id) => t.options[id]))}
      </details>
      ${parts.emergencyNote ? html`<p>${t.emergencyNote}</p>` : nothing}
      <p><strong>${t.notDiagnosis}</strong></p>
      <button part="copy" @click=${this.#copy}>${t.copy}</button>
      <p part="status" role="status">${copy}</p>
      ${
        this.#copied === 'fail'
          ? html`<textarea readonly aria-label=${t.summary} .value=${this.#summary(t)}></textarea>`
          : nothing
      }
    </div>`;
    return [content, this.#resultNav(t)] as const;
  }

  /** The summary to copy, with the number the result's call button dials. */
  #summary(t: CheckerStrings): string {
    const { config, loader } = getPageState();
    const partner = resolvePartner(this.#options.partner, loader.partner);
    return this.#flow.summary(
      t,
      formatPhone(contactFor(config, this.#options.clinic, partner).phone),
    );
  }

  /** The coloured card that leads a result: the care level, what to do now, and the action. */
  #careCard(t: CheckerStrings, level: CareLevel, action: unknown) {
    const [heading, todo] = t.care[level];
    // The icon sits beside the heading only: the line below and the action take the card's full
    // width, so that a call button keeps its number on one line on a phone with large text.
    return html`<div part="care-card" class=${level}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${CARE_ICONS[level]} /></svg>
      <h2 tabindex="-1">${heading}</h2>
      ${todo ? html`<p>${todo}</p>` : nothing}
      <div class="actions">${action}</div>
    </div>`;
  }

  /** The action that fits the level: urgent → call; specialist → book, call beside it. */
  #actions(level: Exclude<CareLevel, 'emergency'>) {
    if (level === 'urgent') return this.#button('call', 'solid');
    if (level === 'specialist') {
      return this.#options.canBook
        ? html`${this.#button('book', 'solid')}${this.#button('call', 'outline')}`
        : this.#button('call', 'solid');
    }
    // Self-care starts at home: the booking button comes after the home-care tips.
    return nothing;
  }

  #button(action: 'call' | 'book' | 'both', variant: 'solid' | 'outline') {
    return html`<ispine-call-book-button
      action=${action}
      variant=${variant}
      clinic=${ifDefined(this.#options.clinic)}
      partner=${ifDefined(this.#options.partner)}
      theme=${this.#options.theme}
      .widget=${'symptom-checker'}
    ></ispine-call-book-button>`;
  }

  #resultNav(t: CheckerStrings) {
    return html`<button part="back" @click=${this.#back}>${t.back}</button>
      <button part="restart" @click=${this.#restart}>${t.again}</button>`;
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
      void this.#host.updateComplete.then(() => this.#focus('input'));
    } else {
      this.#moved = true;
    }
  };

  readonly #back = (): void => this.#moveTo(() => this.#flow.back());

  readonly #restart = (): void => this.#moveTo(() => this.#flow.restart());

  /** Another step or result: the copy note and the error go, focus follows to its heading. */
  #moveTo(change: () => void): void {
    change();
    this.#copied = undefined;
    this.#invalid = false;
    this.#moved = true;
    this.#host.requestUpdate();
  }

  readonly #copy = (): void => {
    const text = this.#summary(this.#strings());
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
