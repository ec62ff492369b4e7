import { QUESTIONS } from './questions.js';
import type { Answers, OptionId } from './questions.js';

// Strict on purpose: a misspelt id that is silently ignored could hide a red flag, so anything
// outside the catalogue throws a TypeError naming the field (SPEC.md, `ispine-widgets/triage`).

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

function option(value: unknown, options: readonly OptionId[], path: string): OptionId {
  if (typeof value !== 'string') {
    throw new TypeError(`${path}: expected an option id, got ${describe(value)}`);
  }
  const id = options.find((known) => known === value);
  if (id === undefined) throw new TypeError(`${path}: unknown option ${JSON.stringify(value)}`);
  return id;
}

function options(value: unknown, known: readonly OptionId[], path: string): OptionId[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${path}: expected an array of option ids, got ${describe(value)}`);
  }
  const ids: OptionId[] = [];
  // Index loop, not for-of: a sparse array's holes must be rejected too.
  for (let i = 0; i < value.length; i++) {
    const id = option(value[i], known, path);
    // A duplicate means the caller's state is broken; better to say so than to guess.
    if (ids.includes(id)) throw new TypeError(`${path}: duplicate option "${id}"`);
    ids.push(id);
  }
  return ids;
}

/**
 * Checks untrusted answers against the catalogue and returns a fresh copy holding only the
 * answered fields (`undefined` counts as not answered).
 * @throws TypeError naming the field, e.g. `answers.pattern: unknown option "foo"`.
 */
export function parseAnswers(value: unknown): Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`answers: expected an object, got ${describe(value)}`);
  }
  // Own enumerable fields only, each read once (no inherited or changing values).
  const fields = new Map<string, unknown>(Object.entries(value));
  for (const key of fields.keys()) {
    if (!QUESTIONS.some((q) => q.id === key)) throw new TypeError(`answers.${key}: unknown field`);
  }
  const parsed: Record<string, unknown> = {};
  for (const q of QUESTIONS) {
    const path = `answers.${q.id}`;
    const field = fields.get(q.id);
    if (field === undefined) {
      if (q.required) throw new TypeError(`${path}: required ([] means "None of these")`);
      continue;
    }
    parsed[q.id] =
      q.kind === 'one' ? option(field, q.options, path) : options(field, q.options, path);
  }
  // Each field was checked against its own question's options just above.
  return parsed as unknown as Answers;
}
