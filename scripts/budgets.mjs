// Reads bench/budgets.json, the one machine-readable copy of BUDGETS.md, for the size check and
// the bench. A limit is [op, value]; a limit with `of` applies to a ratio to another column.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');

/** Every budget by id: `{ what, unit, file?, limits: [{ of?, budget, goal }] }`. */
export const BUDGETS = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')).budgets;

const OPS = { '<=': (v, x) => v <= x, '<': (v, x) => v < x, '=': (v, x) => v === x };
const OP_TEXT = { '<=': '≤', '<': '<', '=': '=' };

/** True when `value` keeps `limit` ([op, value]); null when either is missing. */
export function within(limit, value) {
  if (!limit || typeof value !== 'number' || !Number.isFinite(value)) return null;
  const test = OPS[limit[0]];
  if (!test) throw new Error(`bench/budgets.json: unknown operator ${limit[0]}`);
  return test(value, limit[1]);
}

/** "≤ 24 KB", "< 1× sl-button": a limit as the tables print it. */
export function limitText(limit, unit, of) {
  if (!limit) return '';
  const amount = of
    ? `${limit[1]}× ${of}`
    : unit && unit !== 'count' && unit !== 'CLS'
      ? `${limit[1]} ${unit}`
      : limit[1];
  return `${OP_TEXT[limit[0]]} ${amount}`;
}

/** A built file's bytes raw, gzip -9 and brotli quality 11 (as a CDN serves it). */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
