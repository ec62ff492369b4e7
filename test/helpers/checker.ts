// The checker's test harness: queries by role, part or label text, as a user finds things, and
// walks through the questions (shared by the checker's test files).
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.js';
import { STRINGS } from '../../src/symptom-checker/strings.js';
import type { CareLevel, OptionId } from '../../src/triage/index.js';

export const $ = (el: SymptomChecker, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
export const heading = (el: SymptomChecker) => $(el, 'h2')!;
export const headingText = (el: SymptomChecker) =>
  heading(el).textContent.replace(/\s+/g, ' ').trim();
export const part = (el: SymptomChecker, name: string) => $(el, `[part~="${name}"]`);
export const inputs = (el: SymptomChecker) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input'),
];
/** The checkbox or radio whose label reads `text`. */
export const byLabel = (el: SymptomChecker, text: string) => {
  const input = inputs(el).find((i) => i.parentElement!.textContent.trim() === text);
  if (!input) throw new Error(`no option labelled "${text}"`);
  return input;
};
export const checked = (el: SymptomChecker) =>
  inputs(el)
    .filter((i) => i.checked)
    .map((i) => i.value);
export const links = (el: SymptomChecker) => [...el.shadowRoot!.querySelectorAll('a')];
export const buttons = (el: SymptomChecker) =>
  el.shadowRoot!.querySelectorAll('ispine-call-book-button');

export async function checker(
  markup: TemplateResult = html`<ispine-symptom-checker></ispine-symptom-checker>`,
) {
  const el = await fixture<SymptomChecker>(markup);
  await el.updateComplete;
  return el;
}

/** Clicks through a step: chooses the options by label, then Next. */
export async function answer(el: SymptomChecker, ...labels: string[]) {
  for (const label of labels) byLabel(el, label).click();
  await el.updateComplete;
  part(el, 'next')!.click();
  await el.updateComplete;
}

export type Path = (OptionId | 'none')[][];
export const NAMED_PATHS = (await (
  await fetch('/test/fixtures/answer-paths.json')
).json()) as Record<string, Path>;
/** A path for each care level, as option ids per step (an empty step is skipped). */
export const PATHS: Record<CareLevel, Path> = {
  emergency: NAMED_PATHS['emergency: a red flag'],
  urgent: NAMED_PATHS['urgent: fever'],
  specialist: NAMED_PATHS['specialist: leg pain'],
  self_care: NAMED_PATHS['self-care after more mileage'],
};
export const label = (id: OptionId | 'none', lang: 'en' | 'es' = 'en') =>
  id === 'none' ? STRINGS[lang].none : STRINGS[lang].options[id];

export async function walk(el: SymptomChecker, level: CareLevel, lang: 'en' | 'es' = 'en') {
  const steps = PATHS[level];
  for (const ids of steps) await answer(el, ...ids.map((id) => label(id, lang)));
  // Steps not listed are skipped until the result shows.
  while (!part(el, 'result')) await answer(el);
}
