// Every phrase of the configuration builder, in English and Spanish. Phrases holding a value are
// functions. The validator's messages (English, from dist/esm/config/validate.js) are translated
// by `problem()`; a message it does not know is shown as the validator wrote it.

const en = {
  title: 'Configuration builder',
  intro:
    'Enter the clinic’s facts; the widgets on partner sites read them from the file you export. Everything stays in this browser: nothing is sent anywhere.',
  language: 'Language',
  summaryOk: 'No problems: this configuration is ready to export.',
  summaryProblems: (count) =>
    count === 1 ? '1 problem to fix before export.' : `${count} problems to fix before export.`,
  organization: 'Organisation',
  organizationName: 'Name',
  mainPhone: 'Main phone number',
  phoneHint: 'International format: + then country code and number, e.g. +17632018191',
  bookingUrl: 'Booking page (optional)',
  urlHint: 'A full address starting with https://',
  clinics: 'Clinics',
  clinic: (n, name) => `Clinic ${n}${name ? `: ${name}` : ''}`,
  clinicName: 'Name',
  clinicId: 'Id',
  idHint: 'Lowercase letters, digits and hyphens, e.g. maple-grove. Keep it once published.',
  city: 'City',
  state: 'State',
  street: 'Street address (optional)',
  zip: 'ZIP code (optional)',
  fromZip: 'Set coordinates from ZIP',
  zipNotFound: (zip) => `ZIP ${zip} is not in the offline ZIP data.`,
  zipInvalid: 'Type a five-digit ZIP code first.',
  zipSet: (zip) =>
    `Coordinates set to the centre of ZIP ${zip}. Type the clinic’s own if you know them.`,
  zipLoadFailed: 'The ZIP data could not be loaded.',
  lat: 'Latitude',
  lng: 'Longitude',
  coordsHint: 'Decimal degrees, e.g. 45.07 and -93.46',
  mapHint: 'Or click the clinic’s place on the map (the larger dot is this clinic).',
  clinicPhone: 'Clinic phone number (optional)',
  clinicBooking: 'Clinic booking page (optional)',
  hours: 'Opening hours (local clinic time, America/Chicago)',
  hoursHint:
    'For each day: times such as 08:00-12:00, 13:00-17:00; “closed”; or leave empty when not known.',
  closedWord: 'closed',
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  shortDays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  openNow: (until) => (until ? `Open now, until ${until}` : 'Open now'),
  closedNow: (opens) => (opens ? `Closed now, opens ${opens}` : 'Closed now'),
  hoursUnknown: 'Today’s hours are not set.',
  hoursInvalid: 'Fix the hours to see whether the clinic is open now.',
  chicagoNow: (time) => `Now in Minnesota: ${time}`,
  removeClinic: (name) => `Remove clinic ${name}`,
  addClinic: 'Add a clinic',
  clinicAdded: 'Clinic added.',
  clinicRemoved: (name) => `Clinic ${name} removed.`,
  partners: 'Partners',
  partnersHint:
    'Partner sites (running stores, race pages). A tracking number replaces the main number on that partner’s pages.',
  partner: (n, id) => `Partner ${n}${id ? `: ${id}` : ''}`,
  partnerId: 'Partner id',
  partnerIdHint: 'The data-partner value in the partner’s snippet, e.g. twin-cities-running',
  partnerName: 'Name (optional)',
  partnerPhone: 'Tracking number (optional)',
  partnerRepeated: 'This id is used by another partner.',
  removePartner: (id) => `Remove partner ${id}`,
  addPartner: 'Add a partner',
  partnerAdded: 'Partner added.',
  partnerRemoved: (id) => `Partner ${id} removed.`,
  file: 'File',
  import: 'Import a JSON file',
  imported: (name, clinics, partners) =>
    `Imported ${name}: ${clinics} clinic${clinics === 1 ? '' : 's'}, ${partners} partner${partners === 1 ? '' : 's'}.`,
  importNotJson: (name) => `${name} is not a JSON file; nothing was changed.`,
  importIgnored: (keys) => `Not imported (not settings the widgets know): ${keys}.`,
  download: 'Download JSON',
  copy: 'Copy JSON',
  copied: 'JSON copied.',
  copyBlocked: 'Copying is blocked here: select the text below and copy it by hand.',
  exportWarning: (count) =>
    `The widgets would refuse this file until its ${count === 1 ? 'problem is' : `${count} problems are`} fixed.`,
  exportHint:
    'Publish the file on the page’s or the widgets’ host and name it in the snippet (data-config="…/clinic.json"), or paste it into a <script type="application/json" data-ispine-config> block.',
  jsonLabel: 'The configuration as JSON',
  preview: 'Live preview',
  previewHint: 'The three widgets, with this configuration, as a partner page shows them.',
  previewAs: 'Preview as partner',
  previewNone: 'No partner',
  previewStale: 'The preview shows the last configuration without problems.',
  previewTitle: 'Preview of the widgets',
  problems: [
    [/^must be an object$/, () => 'must be an object'],
    [/^must be a non-empty string/, () => 'is required (at most 200 characters).'],
    [/^must be an E\.164 phone number/, () => 'Use the international format, e.g. +17632018191.'],
    [/^must be an absolute https:\/\/ URL$/, () => 'Use a full address starting with https://.'],
    [
      /^must be a number between -(\d+) and (\d+)$/,
      (m) => `Use a number between -${m[1]} and ${m[2]}.`,
    ],
    [/^must be lowercase letters/, () => 'Use lowercase letters, digits and hyphens (1–64).'],
    [/^must be a two-letter state code/, () => 'Use a two-letter state code such as MN.'],
    [/^must be a five-digit ZIP code$/, () => 'Use a five-digit ZIP code.'],
    [/^must be a pair of times/, () => 'Write each period as two times, e.g. 08:00-17:00.'],
    [
      /^must be a time "HH:MM"/,
      () => 'Write times as HH:MM on a 24-hour clock, e.g. 08:00 or 17:30.',
    ],
    [/^must close after it opens$/, () => 'A period must close after it opens.'],
    [/^must be a list of opening periods/, () => 'Write periods such as 08:00-17:00, or “closed”.'],
    [/^must be a non-empty list of clinics$/, () => 'Add at least one clinic.'],
    [/^repeats the id "(.*)"$/, (m) => `Another clinic already uses the id “${m[1]}”.`],
    [/^is not a valid partner id/, () => 'Use lowercase letters, digits and hyphens (1–64).'],
  ],
};

const es = {
  title: 'Editor de configuración',
  intro:
    'Escriba los datos de la clínica; los widgets de los sitios asociados los leen del archivo que exporte. Todo se queda en este navegador: no se envía nada.',
  language: 'Idioma',
  summaryOk: 'Sin problemas: esta configuración está lista para exportar.',
  summaryProblems: (count) =>
    count === 1
      ? '1 problema que corregir antes de exportar.'
      : `${count} problemas que corregir antes de exportar.`,
  organization: 'Organización',
  organizationName: 'Nombre',
  mainPhone: 'Teléfono principal',
  phoneHint: 'Formato internacional: + y el código de país y el número, p. ej. +17632018191',
  bookingUrl: 'Página de citas (opcional)',
  urlHint: 'Una dirección completa que empiece por https://',
  clinics: 'Clínicas',
  clinic: (n, name) => `Clínica ${n}${name ? `: ${name}` : ''}`,
  clinicName: 'Nombre',
  clinicId: 'Identificador',
  idHint: 'Minúsculas, dígitos y guiones, p. ej. maple-grove. No lo cambie una vez publicado.',
  city: 'Ciudad',
  state: 'Estado',
  street: 'Dirección (opcional)',
  zip: 'Código postal (opcional)',
  fromZip: 'Poner coordenadas del código postal',
  zipNotFound: (zip) => `El código postal ${zip} no está en los datos sin conexión.`,
  zipInvalid: 'Escriba primero un código postal de cinco dígitos.',
  zipSet: (zip) =>
    `Coordenadas puestas en el centro del código postal ${zip}. Escriba las de la clínica si las conoce.`,
  zipLoadFailed: 'No se pudieron cargar los códigos postales.',
  lat: 'Latitud',
  lng: 'Longitud',
  coordsHint: 'Grados decimales, p. ej. 45.07 y -93.46',
  mapHint: 'O haga clic en el lugar de la clínica en el mapa (el punto grande es esta clínica).',
  clinicPhone: 'Teléfono de la clínica (opcional)',
  clinicBooking: 'Página de citas de la clínica (opcional)',
  hours: 'Horario (hora local de la clínica, America/Chicago)',
  hoursHint:
    'Para cada día: horas como 08:00-12:00, 13:00-17:00; «cerrado»; o vacío si no se conoce.',
  closedWord: 'cerrado',
  days: ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'],
  shortDays: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  openNow: (until) => (until ? `Abierto ahora, hasta las ${until}` : 'Abierto ahora'),
  closedNow: (opens) => (opens ? `Cerrado ahora, abre ${opens}` : 'Cerrado ahora'),
  hoursUnknown: 'El horario de hoy no está puesto.',
  hoursInvalid: 'Corrija el horario para ver si la clínica está abierta ahora.',
  chicagoNow: (time) => `Ahora en Minnesota: ${time}`,
  removeClinic: (name) => `Quitar la clínica ${name}`,
  addClinic: 'Añadir una clínica',
  clinicAdded: 'Clínica añadida.',
  clinicRemoved: (name) => `Clínica ${name} quitada.`,
  partners: 'Socios',
  partnersHint:
    'Sitios asociados (tiendas de running, páginas de carreras). Un número de seguimiento sustituye al principal en las páginas de ese socio.',
  partner: (n, id) => `Socio ${n}${id ? `: ${id}` : ''}`,
  partnerId: 'Identificador del socio',
  partnerIdHint: 'El valor data-partner del código del socio, p. ej. twin-cities-running',
  partnerName: 'Nombre (opcional)',
  partnerPhone: 'Número de seguimiento (opcional)',
  partnerRepeated: 'Otro socio usa este identificador.',
  removePartner: (id) => `Quitar el socio ${id}`,
  addPartner: 'Añadir un socio',
  partnerAdded: 'Socio añadido.',
  partnerRemoved: (id) => `Socio ${id} quitado.`,
  file: 'Archivo',
  import: 'Importar un archivo JSON',
  imported: (name, clinics, partners) =>
    `Importado ${name}: ${clinics} clínica${clinics === 1 ? '' : 's'}, ${partners} socio${partners === 1 ? '' : 's'}.`,
  importNotJson: (name) => `${name} no es un archivo JSON; no se cambió nada.`,
  importIgnored: (keys) => `No importado (ajustes que los widgets no conocen): ${keys}.`,
  download: 'Descargar JSON',
  copy: 'Copiar JSON',
  copied: 'JSON copiado.',
  copyBlocked: 'Aquí no se puede copiar: seleccione el texto de abajo y cópielo a mano.',
  exportWarning: (count) =>
    count === 1
      ? 'Los widgets rechazarían este archivo hasta que se corrija su problema.'
      : `Los widgets rechazarían este archivo hasta que se corrijan sus ${count} problemas.`,
  exportHint:
    'Publique el archivo en el servidor de la página o de los widgets y nómbrelo en el código (data-config="…/clinic.json"), o péguelo en un bloque <script type="application/json" data-ispine-config>.',
  jsonLabel: 'La configuración en JSON',
  preview: 'Vista previa',
  previewHint: 'Los tres widgets, con esta configuración, como los muestra una página asociada.',
  previewAs: 'Ver como socio',
  previewNone: 'Ningún socio',
  previewStale: 'La vista previa muestra la última configuración sin problemas.',
  previewTitle: 'Vista previa de los widgets',
  problems: [
    [/^must be an object$/, () => 'debe ser un objeto'],
    [/^must be a non-empty string/, () => 'Es obligatorio (200 caracteres como máximo).'],
    [/^must be an E\.164 phone number/, () => 'Use el formato internacional, p. ej. +17632018191.'],
    [
      /^must be an absolute https:\/\/ URL$/,
      () => 'Use una dirección completa que empiece por https://.',
    ],
    [
      /^must be a number between -(\d+) and (\d+)$/,
      (m) => `Use un número entre -${m[1]} y ${m[2]}.`,
    ],
    [/^must be lowercase letters/, () => 'Use minúsculas, dígitos y guiones (1–64).'],
    [/^must be a two-letter state code/, () => 'Use un código de estado de dos letras, como MN.'],
    [/^must be a five-digit ZIP code$/, () => 'Use un código postal de cinco dígitos.'],
    [/^must be a pair of times/, () => 'Escriba cada periodo con dos horas, p. ej. 08:00-17:00.'],
    [
      /^must be a time "HH:MM"/,
      () => 'Escriba las horas como HH:MM en formato de 24 horas, p. ej. 08:00 o 17:30.',
    ],
    [/^must close after it opens$/, () => 'Un periodo debe cerrar después de abrir.'],
    [/^must be a list of opening periods/, () => 'Escriba periodos como 08:00-17:00, o «cerrado».'],
    [/^must be a non-empty list of clinics$/, () => 'Añada al menos una clínica.'],
    [/^repeats the id "(.*)"$/, (m) => `Otra clínica ya usa el identificador «${m[1]}».`],
    [/^is not a valid partner id/, () => 'Use minúsculas, dígitos y guiones (1–64).'],
  ],
};

/** The builder's phrases per language. */
export const STRINGS = { en, es };

/** A validator message in the builder's words (the validator's own words when not known). */
export function problem(t, message) {
  for (const [pattern, say] of t.problems) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return message;
}
