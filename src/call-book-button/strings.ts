import type { Lang } from '../core/i18n.js';
import { SHARED_STRINGS } from '../core/strings.js';

const en = {
  ...SHARED_STRINGS.en,
  /**
   * Read right after the visible label, so a screen reader also says who is called (the name
   * starts with what is on screen, for voice control: "click Call (763) 201-8191").
   */
  callWho: (organization: string) => `, ${organization}`,
  book: 'Book online',
  bookWho: (organization: string) => `with ${organization}`,
};

/** Button strings per language. */
export const STRINGS: Record<Lang, typeof en> = {
  en,
  es: {
    ...SHARED_STRINGS.es,
    callWho: (organization) => `, ${organization}`,
    book: 'Pedir cita en línea',
    bookWho: (organization) => `con ${organization}`,
  },
};
