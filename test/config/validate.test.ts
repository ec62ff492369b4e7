import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import {
  ConfigError,
  configProblems,
  httpsUrl,
  phone,
  validateConfig,
} from '../../src/config/validate.js';

/** The default with one field changed, as JSON would bring it. */
function withClinic(changes: Record<string, unknown>): unknown {
  const [first, ...rest] = DEFAULT_CONFIG.clinics;
  return { ...DEFAULT_CONFIG, clinics: [{ ...first, ...changes }, ...rest] };
}

function problemWith(config: unknown): string {
  try {
    validateConfig(config);
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('validateConfig', () => {
  it('accepts the embedded default unchanged', () => {
    expect(validateConfig(DEFAULT_CONFIG)).to.deep.equal(DEFAULT_CONFIG);
  });

  it('has the embedded default built as a checked one is: objects without a prototype', () => {
    const objects = [DEFAULT_CONFIG, ...DEFAULT_CONFIG.clinics];
    expect(objects.map((object): unknown => Object.getPrototypeOf(object))).to.deep.equal(
      objects.map(() => null),
    );
  });

  it('accepts a full clinic with street, ZIP, phone, booking page and hours', () => {
    const config = validateConfig(
      withClinic({
        street: '1 Main St',
        zip: '55369',
        phone: '+17635550100',
        bookingUrl: 'https://book.example.org/mg',
        hours: {
          mon: [
            ['08:00', '12:00'],
            ['13:00', '17:00'],
          ],
          sat: [],
          sun: [['09:00', '24:00']],
        },
      }),
    );
    expect(config.clinics[0].hours?.mon).to.deep.equal([
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]);
  });

  const rejected: [string, unknown, string][] = [
    ['a list instead of an object', [], 'config must be an object'],
    ['no clinics', { ...DEFAULT_CONFIG, clinics: [] }, 'config.clinics must be a non-empty list'],
    [
      'a phone that is not E.164',
      { ...DEFAULT_CONFIG, phone: '763-201-8191' },
      'config.phone must be an E.164',
    ],
    [
      'a number as organisation',
      { ...DEFAULT_CONFIG, organization: 42 },
      'config.organization must be a non-empty string',
    ],
    [
      'a javascript: booking URL',
      { ...DEFAULT_CONFIG, bookingUrl: 'javascript:alert(1)' },
      'config.bookingUrl must be an absolute https:// URL',
    ],
    [
      'an http: booking URL',
      { ...DEFAULT_CONFIG, bookingUrl: 'http://book.example.org' },
      'config.bookingUrl must be an absolute https:// URL',
    ],
    [
      'a data: clinic booking URL',
      withClinic({ bookingUrl: 'data:text/html,<b>x</b>' }),
      'config.clinics[0].bookingUrl must be an absolute https:// URL',
    ],
    [
      'a latitude out of range',
      withClinic({ lat: 91 }),
      'config.clinics[0].lat must be a number between -90 and 90',
    ],
    [
      'a longitude given as text',
      withClinic({ lng: '-93.4' }),
      'config.clinics[0].lng must be a number',
    ],
    [
      'an id with capitals',
      withClinic({ id: 'Maple Grove' }),
      'config.clinics[0].id must be lowercase',
    ],
    [
      'a repeated clinic id',
      withClinic({ id: 'coon-rapids' }),
      'config.clinics[1].id repeats the id "coon-rapids"',
    ],
    [
      'hours closing before opening',
      withClinic({ hours: { mon: [['17:00', '08:00']] } }),
      'config.clinics[0].hours.mon[0] must close after it opens',
    ],
    [
      'an unknown weekday',
      withClinic({ hours: { monday: [] } }),
      'config.clinics[0].hours.monday is not a known setting',
    ],
    [
      'a misspelt setting',
      { ...DEFAULT_CONFIG, bookingURL: 'https://x.example' },
      'config.bookingURL is not a known setting',
    ],
    [
      'a partner phone that is not E.164',
      { ...DEFAULT_CONFIG, partners: { shop: { phone: '555' } } },
      'config.partners.shop.phone must be an E.164',
    ],
    [
      'a partner id with spaces',
      { ...DEFAULT_CONFIG, partners: { 'my shop': {} } },
      'config.partners.my shop is not a valid partner id',
    ],
  ];
  for (const [story, config, message] of rejected) {
    it(`rejects ${story}, naming the field`, () => {
      expect(problemWith(config)).to.contain(message);
    });
  }

  it('keeps HTML in names as plain text (rendering escapes it)', () => {
    const config = validateConfig(withClinic({ name: '<img src=x onerror=alert(1)>' }));
    expect(config.clinics[0].name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('accepts an out-of-area radius in miles, and rejects one that is not a positive number', () => {
    expect(validateConfig({ ...DEFAULT_CONFIG, outOfAreaMiles: 60 }).outOfAreaMiles).to.equal(60);
    for (const miles of [0, -5, '100', Infinity]) {
      expect(problemWith({ ...DEFAULT_CONFIG, outOfAreaMiles: miles })).to.contain(
        'config.outOfAreaMiles must be a number of miles above 0',
      );
    }
  });
});

describe('specialHours', () => {
  const withSpecial = (...specialHours: unknown[]) => ({ ...DEFAULT_CONFIG, specialHours });

  it('accepts a closure for every clinic and short hours for one, with labels', () => {
    const config = validateConfig(
      withSpecial(
        { date: '2026-12-25', hours: [], label: 'Christmas' },
        { date: '2026-12-24', clinic: 'maple-grove', hours: [['08:00', '12:00']], label: 'Eve' },
      ),
    );
    expect(config.specialHours).to.have.length(2);
    expect(config.specialHours?.[1].hours).to.deep.equal([['08:00', '12:00']]);
  });

  const rejected: [string, unknown, string][] = [
    [
      'a list that is not a list',
      { ...DEFAULT_CONFIG, specialHours: {} },
      'config.specialHours must be a list',
    ],
    [
      'a US-style date',
      withSpecial({ date: '12/25/2026', hours: [] }),
      'config.specialHours[0].date must be a date "YYYY-MM-DD"',
    ],
    [
      'a date that does not exist',
      withSpecial({ date: '2026-02-30', hours: [] }),
      'config.specialHours[0].date must be a date',
    ],
    [
      'a clinic not in clinics',
      withSpecial({ date: '2026-12-25', clinic: 'duluth', hours: [] }),
      'config.specialHours[0].clinic names no clinic in clinics ("duluth")',
    ],
    [
      'hours that are not periods',
      withSpecial({ date: '2026-12-25', hours: [['9am', '5pm']] }),
      'config.specialHours[0].hours[0][0] must be a time',
    ],
    [
      'missing hours',
      withSpecial({ date: '2026-12-25' }),
      'config.specialHours[0].hours must be a list of opening periods',
    ],
    [
      'an empty label',
      withSpecial({ date: '2026-12-25', hours: [], label: ' ' }),
      'config.specialHours[0].label must be a non-empty string',
    ],
    [
      'the same date twice for every clinic',
      withSpecial({ date: '2026-12-25', hours: [] }, { date: '2026-12-25', hours: [] }),
      'config.specialHours[1].date repeats the date 2026-12-25',
    ],
    [
      'an unknown field',
      withSpecial({ date: '2026-12-25', hours: [], clinics: ['chaska'] }),
      'config.specialHours[0].clinics is not a known setting',
    ],
  ];
  for (const [story, config, message] of rejected) {
    it(`rejects ${story}, naming the field`, () => {
      expect(problemWith(config)).to.contain(message);
    });
  }
});

describe('configProblems', () => {
  it('lists nothing for the embedded default', () => {
    expect(configProblems(DEFAULT_CONFIG)).to.deep.equal([]);
  });

  it('lists every problem with its path, so staff can fix them all at once', () => {
    const problems = configProblems({
      ...DEFAULT_CONFIG,
      phone: '763-201-8191',
      bookingUrl: 'http://book.example.org',
      clinics: [
        { ...DEFAULT_CONFIG.clinics[0], phone: '555', hours: { mon: [['17:00', '08:00']] } },
        { ...DEFAULT_CONFIG.clinics[1], id: 'maple-grove', zip: '5536' },
      ],
      partners: { 'my shop': {}, shop: { phone: 'x' } },
    });
    expect(problems.map(({ path }) => path)).to.deep.equal([
      'phone',
      'bookingUrl',
      'clinics[1].id',
      'clinics[0].phone',
      'clinics[0].hours.mon[0]',
      'clinics[1].zip',
      'partners.my shop',
      'partners.shop.phone',
    ]);
    expect(problems[0].message).to.equal('must be an E.164 phone number such as "+17632018191"');
  });

  it('names the whole value when it is not an object', () => {
    expect(configProblems('x')).to.deep.equal([{ path: '', message: 'must be an object' }]);
  });

  it('agrees with validateConfig: the first problem is the one thrown', () => {
    const bad = { ...DEFAULT_CONFIG, organization: '', phone: '1' };
    expect(problemWith(bad)).to.equal(
      `config.${configProblems(bad)[0].path} ${configProblems(bad)[0].message}`,
    );
  });
});

describe('prototype pollution', () => {
  const polluted = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    delete polluted.phone;
    delete polluted.bookingUrl;
  });

  it('never reads an optional field from Object.prototype', () => {
    polluted.phone = '+15555550100';
    polluted.bookingUrl = 'javascript:alert(1)';
    const config = validateConfig(
      JSON.parse(JSON.stringify({ ...DEFAULT_CONFIG, partners: { shop: {} } })) as unknown,
    );
    expect(config.bookingUrl).to.equal(undefined);
    expect(config.clinics[0].phone).to.equal(undefined);
    expect(config.partners?.shop.phone).to.equal(undefined);
  });

  it('keeps the embedded default clean too', () => {
    polluted.bookingUrl = 'javascript:alert(1)';
    expect(DEFAULT_CONFIG.bookingUrl).to.equal(undefined);
    expect(DEFAULT_CONFIG.clinics.map((clinic) => clinic.bookingUrl)).to.deep.equal(
      DEFAULT_CONFIG.clinics.map(() => undefined),
    );
  });
});

describe('hostile input (property-based)', () => {
  it('never lets a non-https URL through', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.constantFrom(
            'javascript:alert(1)',
            'data:,x',
            'http://a.example',
            ' https://a.example',
            'JAVASCRIPT:x',
          ),
        ),
        (text) => {
          let accepted: string | undefined;
          try {
            accepted = httpsUrl(text, 'url');
          } catch (error) {
            expect(error).to.be.instanceOf(ConfigError);
          }
          if (accepted !== undefined) expect(new URL(accepted).protocol).to.equal('https:');
        },
      ),
    );
  });

  it('accepts only E.164 phone numbers', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let accepted: string | undefined;
        try {
          accepted = phone(text, 'phone');
        } catch (error) {
          expect(error).to.be.instanceOf(ConfigError);
        }
        if (accepted !== undefined) expect(accepted).to.match(/^\+[1-9]\d{7,14}$/);
      }),
    );
  });

  it('either returns a valid configuration or throws a ConfigError for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          validateConfig(value);
        } catch (error) {
          expect(error).to.be.instanceOf(ConfigError);
        }
      }),
    );
  });

  it('throws only ConfigErrors for mutated versions of a valid configuration', () => {
    const keys = ['organization', 'phone', 'bookingUrl', 'clinics', 'partners'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        try {
          validateConfig({ ...DEFAULT_CONFIG, [key]: value });
        } catch (error) {
          expect(error).to.be.instanceOf(ConfigError);
        }
      }),
    );
  });
});
