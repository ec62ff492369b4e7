import type { Lang } from '../core/i18n.js';

// Phrases that take a value are prefixes (`${sortedFrom} 55369`), in both languages: cheaper
// than a function per phrase in a bundle where every byte counts.
const en = {
  locate: 'Use my location',
  zipLabel: 'ZIP code',
  zipSubmit: 'Sort by distance',
  /** While geolocation or the ZIP data is on its way. */
  working: 'Searching…',
  /** Followed by a ZIP code or `you`. */
  sortedFrom: 'Sorted by distance from',
  you: 'your location',
  badZip: 'Enter a 5-digit ZIP code',
  /** Followed by the ZIP code. */
  notFound: "We couldn't find ZIP",
  zipLoadFailed: "ZIP codes couldn't be loaded. Try again.",
  denied: 'Location access is off. Type your ZIP code instead.',
  timeout: 'Finding your location took too long. Type your ZIP code instead.',
  unavailable: "Your location isn't available. Type your ZIP code instead.",
  /** A rounded distance (0: under one mile) as a screen reader should say it; `12 mi` is shown. */
  milesAway: (miles: number) => (miles ? `${miles} miles away` : 'under 1 mile away'),
  call: 'Call',
  directions: 'Directions',
  newTab: '(opens in a new tab)',
  choose: 'Choose this clinic',
  chosen: 'Your clinic',
  openNow: 'Open now',
  /** Followed by a closing time. */
  until: 'until',
  closed: 'Closed',
  /** Followed by an opening time. */
  opens: 'opens',
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  am: 'AM',
  pm: 'PM',
};

/** Location picker strings per language. */
export const STRINGS: Record<Lang, typeof en> = {
  en,
  es: {
    locate: 'Usar mi ubicación',
    zipLabel: 'Código postal',
    zipSubmit: 'Ordenar por distancia',
    working: 'Buscando…',
    sortedFrom: 'Ordenadas por distancia desde',
    you: 'su ubicación',
    badZip: 'Escriba un código postal de 5 dígitos',
    notFound: 'No encontramos el código postal',
    zipLoadFailed: 'No se pudieron cargar los códigos postales. Intente de nuevo.',
    denied: 'El acceso a su ubicación está desactivado. Escriba su código postal.',
    timeout: 'Buscar su ubicación tardó demasiado. Escriba su código postal.',
    unavailable: 'Su ubicación no está disponible. Escriba su código postal.',
    milesAway: (miles) => (miles ? `a ${miles} millas` : 'a menos de 1 milla'),
    call: 'Llamar',
    directions: 'Cómo llegar',
    newTab: '(se abre en una pestaña nueva)',
    choose: 'Elegir esta clínica',
    chosen: 'Su clínica',
    openNow: 'Abierto ahora',
    until: 'hasta',
    closed: 'Cerrado',
    opens: 'abre',
    days: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
    am: 'a. m.',
    pm: 'p. m.',
  },
};
