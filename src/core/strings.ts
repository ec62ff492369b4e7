import type { Lang } from './i18n.js';

/** Phrases every widget says the same way, once. Each widget's own table spreads these in. */
export const SHARED_STRINGS = {
  en: {
    /** Visible label of a call link, with the number as people read it. */
    call: (phone: string) => `Call ${phone}`,
    newTab: '(opens in a new tab)',
  },
  es: {
    call: (phone: string) => `Llamar al ${phone}`,
    newTab: '(se abre en una pestaña nueva)',
  },
} satisfies Record<Lang, Record<string, unknown>>;
