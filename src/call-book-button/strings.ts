import type { Lang } from '../core/i18n.js';

const en = {
  /** Visible label of the call link, with the number as people read it. */
  call: (phone: string) => `Call ${phone}`,
  /**
   * Read right after the visible label, so a screen reader also says who is called (the name
   * starts with what is on screen, for voice control: "click Call (763) 201-8191").
   */
  callWho: (organization: string) => `, ${organization}`,
  book: 'Book online',
  bookWho: (organization: string) => `with ${organization}`,
  newTab: '(opens in a new tab)',
};

/** Button strings per language. */
export const STRINGS: Record<Lang, typeof en> = {
  en,
  es: {
    call: (phone) => `Llamar al ${phone}`,
    callWho: (organization) => `, ${organization}`,
    book: 'Pedir cita en línea',
    bookWho: (organization) => `con ${organization}`,
    newTab: '(se abre en una pestaña nueva)',
  },
};
