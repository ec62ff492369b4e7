import { expect } from '@open-wc/testing';
import type { SpecialHours, WeeklyHours } from '../../src/config/schema.js';
import { addDays, clinicClock, clinicDate, openStatus, specialDays } from '../../src/geo/hours.js';

// Instants are written in UTC; comments give America/Chicago wall-clock time.
// Chicago is UTC−5 in summer (CDT) and UTC−6 in winter (CST).
const at = (iso: string): Date => new Date(iso);

const WEEKDAYS_9_TO_5: WeeklyHours = {
  mon: [['08:00', '17:00']],
  tue: [['08:00', '17:00']],
  wed: [['08:00', '17:00']],
  thu: [['08:00', '17:00']],
  fri: [['08:00', '17:00']],
  sat: [],
  sun: [],
};

describe('clinicClock', () => {
  it('reads the weekday and time in Chicago, not in UTC or the browser zone', () => {
    // 04:30 UTC on Thursday is still Wednesday 23:30 in Chicago.
    expect(clinicClock(at('2026-06-18T04:30Z'))).to.deep.equal({
      day: 'wed',
      minutes: 23 * 60 + 30,
    });
    expect(clinicClock(at('2026-06-18T05:00Z'))).to.deep.equal({ day: 'thu', minutes: 0 });
  });
});

describe('openStatus', () => {
  it('is open during a period, with the closing time', () => {
    // Tuesday 10:00 CDT.
    expect(openStatus(WEEKDAYS_9_TO_5, at('2026-06-16T15:00Z'))).to.deep.equal({
      state: 'open',
      closes: { day: 'tue', minutes: 17 * 60, daysAhead: 0 },
    });
  });

  it('opens at the opening minute and closes at the closing minute', () => {
    // Tuesday 08:00 and 17:00 CDT.
    expect(openStatus(WEEKDAYS_9_TO_5, at('2026-06-16T13:00Z')).state).to.equal('open');
    expect(openStatus(WEEKDAYS_9_TO_5, at('2026-06-16T22:00Z'))).to.deep.equal({
      state: 'closed',
      opens: { day: 'wed', minutes: 8 * 60, daysAhead: 1 },
    });
  });

  describe('around midnight', () => {
    it('a minute before midnight, the next opening is tomorrow', () => {
      // Wednesday 23:59 CDT.
      expect(openStatus(WEEKDAYS_9_TO_5, at('2026-06-18T04:59Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'thu', minutes: 8 * 60, daysAhead: 1 },
      });
    });

    it('at midnight, the next opening is today', () => {
      // Thursday 00:00 CDT (already Thursday 05:00 in UTC).
      expect(openStatus(WEEKDAYS_9_TO_5, at('2026-06-18T05:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'thu', minutes: 8 * 60, daysAhead: 0 },
      });
    });

    it('a period ending at 24:00 is open until the last minute of the day', () => {
      const lateWednesday: WeeklyHours = { wed: [['18:00', '24:00']], thu: [['08:00', '12:00']] };
      // Wednesday 23:59 CDT.
      expect(openStatus(lateWednesday, at('2026-06-18T04:59Z'))).to.deep.equal({
        state: 'open',
        closes: { day: 'wed', minutes: 1440, daysAhead: 0 },
      });
      // Thursday 00:00 CDT.
      expect(openStatus(lateWednesday, at('2026-06-18T05:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'thu', minutes: 8 * 60, daysAhead: 0 },
      });
    });

    it('24:00 followed by 00:00 the next day is one stretch past midnight', () => {
      const overnight: WeeklyHours = { wed: [['18:00', '24:00']], thu: [['00:00', '02:00']] };
      // Wednesday 23:30 CDT.
      expect(openStatus(overnight, at('2026-06-18T04:30Z'))).to.deep.equal({
        state: 'open',
        closes: { day: 'thu', minutes: 120, daysAhead: 1 },
      });
      // Thursday 01:00 CDT.
      expect(openStatus(overnight, at('2026-06-18T06:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: 'thu', minutes: 120, daysAhead: 0 },
      });
    });
  });

  describe('daylight saving time in America/Chicago', () => {
    const sundayFromThree: WeeklyHours = { sun: [['03:00', '12:00']], mon: [['08:00', '17:00']] };

    it('spring forward (2027-03-14): 01:59 CST is before opening, 03:30 CDT is open', () => {
      expect(openStatus(sundayFromThree, at('2027-03-14T07:59Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'sun', minutes: 180, daysAhead: 0 },
      });
      // 08:30 UTC would be 02:30 on a fixed CST offset, still closed.
      expect(openStatus(sundayFromThree, at('2027-03-14T08:30Z'))).to.deep.equal({
        state: 'open',
        closes: { day: 'sun', minutes: 720, daysAhead: 0 },
      });
    });

    it('the Monday after spring forward opens at 08:00 CDT, not an hour off', () => {
      // Monday 07:30 CDT (06:30 on a fixed CST offset) and 08:00 CDT.
      expect(openStatus(sundayFromThree, at('2027-03-15T12:30Z')).state).to.equal('closed');
      expect(openStatus(sundayFromThree, at('2027-03-15T13:00Z')).state).to.equal('open');
    });

    it('fall back (2026-11-01): 01:30 happens twice and both are inside 01:00–02:00', () => {
      const smallHours: WeeklyHours = { sun: [['01:00', '02:00']], mon: [] };
      expect(openStatus(smallHours, at('2026-11-01T06:30Z')).state).to.equal('open'); // 01:30 CDT
      expect(openStatus(smallHours, at('2026-11-01T07:30Z')).state).to.equal('open'); // 01:30 CST
      expect(openStatus(smallHours, at('2026-11-01T08:00Z')).state).to.equal('closed'); // 02:00 CST
    });

    it('the Monday after fall back: 07:30 CST is closed, 16:59 CST is open until 17:00', () => {
      // 13:30 UTC would be 08:30 on a fixed CDT offset, already open.
      expect(openStatus(WEEKDAYS_9_TO_5, at('2026-11-02T13:30Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'mon', minutes: 480, daysAhead: 0 },
      });
      expect(openStatus(WEEKDAYS_9_TO_5, at('2026-11-02T22:59Z'))).to.deep.equal({
        state: 'open',
        closes: { day: 'mon', minutes: 1020, daysAhead: 0 },
      });
    });
  });

  describe('next opening', () => {
    it('after Friday closing, with the weekend closed, is Monday in three days', () => {
      // Friday 18:00 CDT.
      expect(openStatus(WEEKDAYS_9_TO_5, at('2026-06-19T23:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'mon', minutes: 480, daysAhead: 3 },
      });
    });

    it('rolls over the end of the week (Sunday → Monday) to a Monday-only clinic', () => {
      const mondays: WeeklyHours = { ...WEEKDAYS_9_TO_5, tue: [], wed: [], thu: [], fri: [] };
      // Tuesday 10:00 CDT: six days ahead.
      expect(openStatus(mondays, at('2026-06-16T15:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'mon', minutes: 480, daysAhead: 6 },
      });
      // Monday 18:00 CDT: the same weekday next week.
      expect(openStatus(mondays, at('2026-06-15T23:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'mon', minutes: 480, daysAhead: 7 },
      });
    });

    it('finds the afternoon period after a lunch break', () => {
      const split: WeeklyHours = {
        tue: [
          ['13:00', '17:00'],
          ['08:00', '12:00'],
        ],
      };
      // Tuesday 12:30 CDT.
      expect(openStatus(split, at('2026-06-16T17:30Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'tue', minutes: 780, daysAhead: 0 },
      });
    });

    it('is absent when every day is closed', () => {
      const closed: WeeklyHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
      expect(openStatus(closed, at('2026-06-16T15:00Z'))).to.deep.equal({ state: 'closed' });
    });
  });

  describe('unknown days (a missing key) are unknown, not closed', () => {
    it('is unknown without hours, with empty hours, or when today is missing', () => {
      const tuesday = at('2026-06-16T15:00Z');
      expect(openStatus(undefined, tuesday)).to.deep.equal({ state: 'unknown' });
      expect(openStatus({}, tuesday)).to.deep.equal({ state: 'unknown' });
      expect(openStatus({ mon: [['08:00', '17:00']] }, tuesday)).to.deep.equal({
        state: 'unknown',
      });
    });

    it('stops looking for the next opening at an unknown day', () => {
      const weekdaysOnly: WeeklyHours = { ...WEEKDAYS_9_TO_5 };
      delete weekdaysOnly.sat;
      delete weekdaysOnly.sun;
      // Friday 18:00 CDT: closed now, but Saturday might open, so no next opening is claimed.
      expect(openStatus(weekdaysOnly, at('2026-06-19T23:00Z'))).to.deep.equal({ state: 'closed' });
      // Thursday 18:00 CDT: Friday is known.
      expect(openStatus(weekdaysOnly, at('2026-06-18T23:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 'fri', minutes: 480, daysAhead: 1 },
      });
    });

    it('a period ending at 24:00 before an unknown day closes at 24:00', () => {
      expect(openStatus({ wed: [['18:00', '24:00']] }, at('2026-06-18T04:30Z'))).to.deep.equal({
        state: 'open',
        closes: { day: 'wed', minutes: 1440, daysAhead: 0 },
      });
    });
  });

  it('has no closing time when open around the clock all week', () => {
    const always: WeeklyHours = {};
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)
      always[day] = [['00:00', '24:00']];
    expect(openStatus(always, at('2026-06-16T15:00Z'))).to.deep.equal({ state: 'open' });
  });
});

describe('special days (specialHours)', () => {
  // Thanksgiving 2026 is Thursday 26 November; Chicago is on CST (UTC−6).
  const THANKSGIVING_10AM = at('2026-11-26T16:00Z');
  const SPECIAL: SpecialHours[] = [
    { date: '2026-11-26', hours: [], label: 'Thanksgiving' },
    { date: '2026-11-27', clinic: 'maple-grove', hours: [['09:00', '12:00']], label: 'Day after' },
    { date: '2026-11-27', hours: [], label: 'Closed for all' },
  ];

  it('reads the date in Chicago, not in UTC', () => {
    // 03:00 UTC on Friday is still Thursday 21:00 in Chicago.
    expect(clinicDate(at('2026-11-27T03:00Z'))).to.equal('2026-11-26');
    expect(clinicDate(at('2026-11-27T06:00Z'))).to.equal('2026-11-27');
  });

  it('counts calendar days across months, years and DST changes', () => {
    expect(addDays('2026-11-30', 1)).to.equal('2026-12-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-07', 1)).to.equal('2026-03-08');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
  });

  it("keeps a clinic's own entry over one for every clinic, whatever their order", () => {
    const mapleGrove = specialDays(SPECIAL, 'maple-grove');
    expect(mapleGrove.get('2026-11-27')?.label).to.equal('Day after');
    expect(specialDays([...SPECIAL].reverse(), 'maple-grove').get('2026-11-27')?.label).to.equal(
      'Day after',
    );
    expect(specialDays(SPECIAL, 'chaska').get('2026-11-27')?.label).to.equal('Closed for all');
    expect(specialDays(undefined, 'chaska').size).to.equal(0);
  });

  it('closes a clinic all day on its date, and it opens on the next usual day', () => {
    expect(openStatus(WEEKDAYS_9_TO_5, THANKSGIVING_10AM)).to.deep.include({ state: 'open' });
    expect(
      openStatus(WEEKDAYS_9_TO_5, THANKSGIVING_10AM, specialDays(SPECIAL, 'chaska')),
    ).to.deep.equal({
      state: 'closed',
      // Friday is closed for every clinic too; the weekend is closed; Monday opens.
      opens: { day: 'mon', minutes: 8 * 60, daysAhead: 4 },
    });
  });

  it('uses the special periods on their date, even when the weekday is not known', () => {
    // Friday 27 November, 10:00 CST.
    const friday = at('2026-11-27T16:00Z');
    expect(openStatus(undefined, friday, specialDays(SPECIAL, 'maple-grove'))).to.deep.equal({
      state: 'open',
      closes: { day: 'fri', minutes: 12 * 60, daysAhead: 0 },
    });
    expect(openStatus(undefined, friday, specialDays(SPECIAL, 'chaska'))).to.deep.equal({
      state: 'closed',
    });
  });

  it('leaves other dates to the weekly hours', () => {
    // Wednesday 25 November, 10:00 CST: open until 17:00, then Thursday is a closed special day.
    const wednesday = at('2026-11-25T16:00Z');
    expect(openStatus(WEEKDAYS_9_TO_5, wednesday, specialDays(SPECIAL, 'chaska'))).to.deep.equal({
      state: 'open',
      closes: { day: 'wed', minutes: 17 * 60, daysAhead: 0 },
    });
  });
});
