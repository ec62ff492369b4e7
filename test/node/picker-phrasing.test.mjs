// How the clinic finder says times, weekdays and distances, in English and in full Spanish
// (LANGUAGE-REVIEW.md E1, A16, A17, St18, St19): through the list's view model, as a visitor
// reads it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_CONFIG } from '../../dist/esm/config/default.js';
import { clinicList } from '../../dist/esm/location-picker/rows.js';
import { STRINGS } from '../../dist/esm/location-picker/strings.js';

const { en, es } = STRINGS;

/** Made-up hours for a test clinic, not the clinic's. */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const clinicWith = (hours) => ({
  ...DEFAULT_CONFIG,
  clinics: [{ ...DEFAULT_CONFIG.clinics[0], hours }],
});
const weekdays = (periods) => Object.fromEntries(WEEKDAYS.map((day) => [day, periods]));

/** The only row of a one-clinic list at `now` (Central time, UTC−5 in June). */
const rowAt = (hours, now, strings) =>
  clinicList({ config: clinicWith(hours), strings, now: new Date(now) }).rows[0];

const MONDAY_10AM = '2026-06-01T15:00:00Z';
const MONDAY_7AM = '2026-06-01T12:00:00Z';
const SATURDAY_9PM = '2026-06-07T02:00:00Z';

describe('clock times in Spanish', () => {
  test('take their article: "hasta las 5:00 p. m.", "hasta la 1:00 p. m."', () => {
    assert.equal(
      rowAt(weekdays([['08:00', '17:00']]), MONDAY_10AM, es).openText,
      'Abierto ahora · hasta las 5:00 p. m.',
    );
    assert.equal(
      rowAt(weekdays([['08:00', '13:00']]), MONDAY_10AM, es).openText,
      'Abierto ahora · hasta la 1:00 p. m.',
    );
  });

  test('say when a closed clinic opens, today or on a named weekday', () => {
    const hours = { ...weekdays([['08:00', '17:00']]), sat: [], sun: [] };
    assert.equal(rowAt(hours, MONDAY_7AM, es).openText, 'Cerrado · abre a las 8:00 a. m.');
    assert.equal(
      rowAt(hours, SATURDAY_9PM, es).openText,
      'Cerrado · abre el lunes a las 8:00 a. m.',
    );
    assert.equal(rowAt(hours, SATURDAY_9PM, en).openText, 'Closed · opens Mon at 8:00 AM');
  });

  test('give hours as "de … a …" and the week with full weekday names', () => {
    const row = rowAt(weekdays([['08:00', '17:00']]), MONDAY_10AM, es);
    assert.equal(row.today, 'Hoy: de 8:00 a. m. a 5:00 p. m.');
    assert.deepEqual(
      row.week.map(([day]) => day),
      ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'],
    );
  });

  test('say midnight and noon as people do, in both languages', () => {
    const late = weekdays([['12:00', '24:00']]);
    assert.equal(rowAt(late, MONDAY_7AM, es).openText, 'Cerrado · abre a las 12:00 del mediodía');
    assert.equal(rowAt(late, MONDAY_7AM, en).openText, 'Closed · opens at noon');
    assert.equal(
      rowAt(late, '2026-06-01T18:00:00Z', es).openText,
      'Abierto ahora · hasta la medianoche',
    );
    assert.equal(rowAt(late, '2026-06-01T18:00:00Z', en).openText, 'Open now · until midnight');
    assert.equal(rowAt(late, MONDAY_7AM, es).today, 'Hoy: de 12:00 del mediodía a medianoche');
    assert.equal(rowAt(late, MONDAY_7AM, en).today, 'Today noon – midnight');
  });
});

describe('distances', () => {
  test('are written in full in Spanish, "mi" being "my"', () => {
    assert.equal(es.miles(4), '4 millas');
    assert.equal(es.miles(1), '1 milla');
    assert.equal(es.miles(0), 'menos de 1 milla');
    assert.equal(es.milesAway(4), 'a 4 millas');
    assert.equal(es.milesAway(0), 'a menos de 1 milla');
    assert.equal(
      es.nearestTo('Maple Grove', es.miles(4)),
      'Clínica más cercana: Maple Grove, a 4 millas',
    );
  });

  test('say "under 1" rather than "<1", and one mile in the singular, in English', () => {
    assert.equal(en.miles(0), 'under 1 mi');
    assert.equal(en.milesAway(1), '1 mile away');
    assert.equal(en.milesAway(4), '4 miles away');
  });
});
