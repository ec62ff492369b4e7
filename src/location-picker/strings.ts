import type { Lang } from '../core/i18n.js';
import { SHARED_STRINGS } from '../core/strings.js';

/**
 * A clock time as people read it ("8:30 AM"), or the word for midnight or noon: "12:00 AM" and
 * "12:00 PM" confuse many readers in both languages.
 */
const clock = (
  minutes: number,
  words: { midnight: string; noon: string; am: string; pm: string },
) => {
  const day = minutes % 1440;
  if (day === 0) return words.midnight;
  if (day === 720) return words.noon;
  const hour = Math.floor(day / 60);
  return `${hour % 12 || 12}:${String(day % 60).padStart(2, '0')} ${hour < 12 ? words.am : words.pm}`;
};
const enTime = (minutes: number) =>
  clock(minutes, { midnight: 'midnight', noon: 'noon', am: 'AM', pm: 'PM' });
const esTime = (minutes: number) =>
  clock(minutes, { midnight: 'medianoche', noon: '12:00 del mediodía', am: 'a. m.', pm: 'p. m.' });
/** Miles in full: "mi" means "my" in Spanish, next to "Usar mi ubicación". */
const esMiles = (miles: number) =>
  miles ? `${miles} ${miles === 1 ? 'milla' : 'millas'}` : 'menos de 1 milla';
/**
 * A Spanish clock time with its article, as it follows "hasta" or "a": "las 5:00 p. m.",
 * "la 1:00 p. m." (one o'clock is singular), "la medianoche", "las 12:00 del mediodía".
 */
const esAt = (minutes: number) => {
  const time = esTime(minutes);
  return `${minutes % 1440 === 0 || Math.floor(minutes / 60) % 12 === 1 ? 'la' : 'las'} ${time}`;
};

/** A street address line, or the city and state; the same layout in both languages. */
const address = (city: string, state: string, street?: string, zip?: string) =>
  (street ? `${street}, ` : '') + `${city}, ${state}` + (zip ? ` ${zip}` : '');

const en = {
  ...SHARED_STRINGS.en,
  /** The visible title; `heading=""` hides it. */
  heading: 'Find a clinic near you',
  locate: 'Use my location',
  zipLabel: 'ZIP code or town',
  zipSubmit: 'Find',
  /** While geolocation or the ZIP data is on its way. */
  working: 'Searching…',
  /** The live region once the list is sorted: from a ZIP code, or from the visitor. */
  sortedFromZip: (zip: string) => `Sorted by distance from ${zip}`,
  sortedFromYou: 'Sorted by distance from your location',
  badZip: 'Enter a 5-digit ZIP code or a town name',
  /** A town search found nothing (towns are known in these states only). */
  townNotFound: (town: string) =>
    `We couldn't find ${town} in Minnesota, Wisconsin, Iowa or the Dakotas`,
  notFound: (zip: string) => `We couldn't find ZIP ${zip}`,
  zipLoadFailed: "ZIP codes couldn't be loaded. Try again.",
  zipDamaged: 'The ZIP code data is damaged. Use your location or call us.',
  denied: 'Location access is off. Type your ZIP code instead.',
  timeout: 'Finding your location took too long. Type your ZIP code instead.',
  unavailable: "Your location isn't available. Type your ZIP code instead.",
  /** The distance shown at the right of a row; 0 means under one mile. */
  miles: (miles: number) => (miles ? `${miles} mi` : 'under 1 mi'),
  /** The same distance as a screen reader should say it. */
  milesAway: (miles: number) =>
    miles ? `${miles} ${miles === 1 ? 'mile' : 'miles'} away` : 'under 1 mile away',
  nearest: 'Nearest',
  /** The map's labels for where distances are measured from. */
  you: 'You',
  race: 'Race',
  /** The list/map switch of a narrow picker: its group's name and its two buttons. */
  view: 'View',
  listView: 'List',
  mapView: 'Map',
  /** The map's edge marker for a visitor beyond it: "You: 1015 mi east". */
  farOrigin: (label: string, miles: string, direction: string) => `${label}: ${miles} ${direction}`,
  /** Compass directions, clockwise from north, for `farOrigin`. */
  directionNames: [
    'north',
    'northeast',
    'east',
    'southeast',
    'south',
    'southwest',
    'west',
    'northwest',
  ],
  /** Heads the list when every clinic has the same number. */
  allClinics: (phone: string) => `All clinics: ${phone}`,
  /** Beyond `outOfAreaMiles`: the nearest clinic is still listed first. */
  far: (clinic: string, miles: number) =>
    `Our nearest clinic, ${clinic}, is ${miles} miles away. Call us to ask about care near you.`,
  /** Read after a row's visible link text, naming the clinic it is for. */
  forClinic: (name: string) => `, ${name}`,
  callShort: 'Call',
  directions: 'Directions',
  choose: 'Choose this clinic',
  chooseShort: 'Choose',
  chosen: 'Your clinic',
  /** The one-line variant before anything is known about the visitor. */
  findNearest: 'Find your nearest clinic',
  nearestTo: (name: string, miles: string) => `Nearest clinic: ${name}, ${miles}`,
  openNow: 'Open now',
  closed: 'Closed',
  /** When an open clinic closes: minutes after midnight, and the weekday when not today. */
  until: (minutes: number, day?: string) =>
    `Open now · until ${day ? `${day} at ` : ''}${enTime(minutes)}`,
  /** When a closed clinic opens next, the same way. */
  opensAt: (minutes: number, day?: string) =>
    `Closed · opens ${day ? `${day} ` : ''}at ${enTime(minutes)}`,
  today: (hours: string) => `Today ${hours}`,
  /** Today is a special day (`specialHours`) with no opening. */
  closedToday: 'Closed today',
  /** A day's hours beside the special day's label: "Today 9:00 AM – 12:00 PM (Christmas Eve)". */
  labelled: (hours: string, label: string) => `${hours} (${label})`,
  weekHours: 'Hours this week',
  /** One opening period, and a day's periods joined. */
  period: (open: string, close: string) => `${open} – ${close}`,
  periods: (list: string[]) => list.join(', '),
  allDay: 'Open 24 hours',
  /** A clock time in a list of hours, minutes after midnight. */
  time: enTime,
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  address,
  /** What Google Maps searches for when a clinic has no street address configured. */
  mapQuery: (name: string, city: string, state: string) => `${name}, ${city}, ${state}`,
};

/** Location picker strings: readable keys, a function for each phrase that holds a value. */
export type PickerStrings = typeof en;

/** Location picker strings per language. */
export const STRINGS: Record<Lang, PickerStrings> = {
  en,
  es: {
    ...SHARED_STRINGS.es,
    heading: 'Encuentre una clínica cerca de usted',
    locate: 'Usar mi ubicación',
    zipLabel: 'Código postal o ciudad',
    zipSubmit: 'Buscar',
    working: 'Buscando…',
    sortedFromZip: (zip) => `Ordenadas por distancia desde el código postal ${zip}`,
    sortedFromYou: 'Ordenadas por distancia desde su ubicación',
    badZip: 'Escriba un código postal de 5 dígitos o el nombre de una ciudad',
    townNotFound: (town) => `No encontramos ${town} en Minnesota, Wisconsin, Iowa ni las Dakotas`,
    notFound: (zip) => `No encontramos el código postal ${zip}`,
    zipLoadFailed: 'No se pudieron cargar los códigos postales. Intente de nuevo.',
    zipDamaged: 'Los datos de códigos postales están dañados. Use su ubicación o llámenos.',
    denied: 'El acceso a su ubicación está desactivado. Escriba su código postal.',
    timeout: 'No pudimos encontrar su ubicación a tiempo. Escriba su código postal.',
    unavailable: 'Su ubicación no está disponible. Escriba su código postal.',
    miles: esMiles,
    milesAway: (miles) => `a ${esMiles(miles)}`,
    nearest: 'La más cercana',
    you: 'Usted',
    race: 'Carrera',
    view: 'Vista',
    listView: 'Lista',
    mapView: 'Mapa',
    farOrigin: en.farOrigin,
    directionNames: ['norte', 'noreste', 'este', 'sureste', 'sur', 'suroeste', 'oeste', 'noroeste'],
    allClinics: (phone) => `Todas las clínicas: ${phone}`,
    far: (clinic, miles) =>
      `Nuestra clínica más cercana, ${clinic}, está a ${miles} millas. Llámenos para preguntar por atención cerca de usted.`,
    forClinic: en.forClinic,
    callShort: 'Llamar',
    directions: 'Cómo llegar',
    choose: 'Elegir esta clínica',
    chooseShort: 'Elegir',
    chosen: 'Su clínica',
    findNearest: 'Encuentre su clínica más cercana',
    nearestTo: (name, miles) => `Clínica más cercana: ${name}, a ${miles}`,
    openNow: 'Abierto ahora',
    closed: 'Cerrado',
    until: (minutes, day) => `Abierto ahora · hasta ${day ? `el ${day} a ` : ''}${esAt(minutes)}`,
    opensAt: (minutes, day) => `Cerrado · abre ${day ? `el ${day} ` : ''}a ${esAt(minutes)}`,
    today: (hours) => `Hoy: ${hours}`,
    closedToday: 'Cerrado hoy',
    labelled: en.labelled,
    weekHours: 'Horario de la semana',
    period: (open, close) => `de ${open} a ${close}`,
    periods: en.periods,
    allDay: 'Abierto las 24 horas',
    time: esTime,
    // In full: "mar" also means "sea", and full names are easier to read.
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    address,
    mapQuery: en.mapQuery,
  },
};
