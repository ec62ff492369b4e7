import type { Lang } from '../core/i18n.js';

const en = {
  locate: 'Use my location',
  zipLabel: 'ZIP code',
  zipSubmit: 'Sort by distance',
  /** While geolocation or the ZIP data is on its way. */
  working: 'Finding clinics near you…',
  sortedFromZip: (zip: string) => `Sorted by distance from ${zip}`,
  sortedFromYou: 'Sorted by distance from your location',
  badZip: 'Enter a 5-digit ZIP code',
  unknownZip: (zip: string) => `We couldn't find ZIP ${zip}. Check it and try again.`,
  zipLoadFailed: "ZIP codes couldn't be loaded. Check your connection and try again.",
  denied: 'Location access is turned off. Type your ZIP code above instead.',
  timeout: 'Finding your location took too long. Type your ZIP code above instead.',
  unavailable: "Your location isn't available. Type your ZIP code above instead.",
  /** Visible distance, rounded to whole miles. */
  miles: (miles: number) => `${miles || '<1'} mi`,
  /** The same distance as a screen reader should say it. */
  milesSpoken: (miles: number) => (miles ? `${miles} miles away` : 'less than 1 mile away'),
  call: 'Call',
  directions: 'Directions',
  newTab: '(opens in a new tab)',
  choose: 'Choose this clinic',
  chosen: 'Your clinic',
  openNow: 'Open now',
  until: (time: string) => `until ${time}`,
  closed: 'Closed',
  opens: (time: string) => `opens ${time}`,
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  am: 'AM',
  pm: 'PM',
};

/** Location picker strings per language. */
export const STRINGS: Record<Lang, typeof en> = {
  en,
  es: {
    locate: 'Usar mi ubicación',
    zipLabel: 'Código postal (ZIP)',
    zipSubmit: 'Ordenar por distancia',
    working: 'Buscando clínicas cercanas…',
    sortedFromZip: (zip) => `Ordenadas por distancia desde ${zip}`,
    sortedFromYou: 'Ordenadas por distancia desde su ubicación',
    badZip: 'Escriba un código postal de 5 dígitos',
    unknownZip: (zip) => `No encontramos el código postal ${zip}. Revíselo e intente de nuevo.`,
    zipLoadFailed:
      'No se pudieron cargar los códigos postales. Revise su conexión e intente de nuevo.',
    denied: 'El acceso a su ubicación está desactivado. Escriba su código postal arriba.',
    timeout: 'Encontrar su ubicación tardó demasiado. Escriba su código postal arriba.',
    unavailable: 'Su ubicación no está disponible. Escriba su código postal arriba.',
    miles: (miles) => `${miles || '<1'} mi`,
    milesSpoken: (miles) => (miles ? `a ${miles} millas` : 'a menos de 1 milla'),
    call: 'Llamar',
    directions: 'Cómo llegar',
    newTab: '(se abre en una pestaña nueva)',
    choose: 'Elegir esta clínica',
    chosen: 'Su clínica',
    openNow: 'Abierto ahora',
    until: (time) => `hasta ${time}`,
    closed: 'Cerrado',
    opens: (time) => `abre ${time}`,
    days: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
    am: 'a. m.',
    pm: 'p. m.',
  },
};
