import type { Lang } from '../core/i18n.js';

const en = {
  /** Visible label of the call link; the number follows it. */
  call: 'Call',
  /** Spoken before the number, so a screen reader says who is being called. */
  callWho: (organization: string) => `${organization},`,
  book: 'Book online',
  bookWho: (organization: string) => `with ${organization}`,
  newTab: '(opens in a new tab)',
};

/** Button strings per language. */
export const STRINGS: Record<Lang, typeof en> = {
  en,
  es: {
    call: 'Llamar',
    callWho: (organization) => `a ${organization},`,
    book: 'Pedir cita en línea',
    bookWho: (organization) => `con ${organization}`,
    newTab: '(se abre en una pestaña nueva)',
  },
};
