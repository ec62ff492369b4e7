import type { Lang } from '../core/i18n.js';
import { SHARED_STRINGS } from '../core/strings.js';
import type { FrameLabels } from '../checker-frame/host.js';

/** What the checker's card says around its frame, in every language. */
export const FRAME_STRINGS: Record<Lang, FrameLabels> = {
  en: {
    title: 'Back pain checker',
    loading: 'Loading the back pain checker…',
    failed:
      'The back pain checker could not open here. You can call us, or open the checker on its own page.',
    openPage: 'Open the back pain checker',
    newTab: SHARED_STRINGS.en.newTab,
    dial: 'Links cannot open from this box. Dial the number above on your phone. In an emergency, dial 911.',
  },
  es: {
    // "Revisión" suggests that a person reviews the answers; these are questions only.
    title: 'Preguntas sobre su dolor de espalda',
    loading: 'Cargando las preguntas sobre su dolor de espalda…',
    failed:
      'Las preguntas sobre su dolor de espalda no pudieron abrirse aquí. Puede llamarnos o abrirlas en una página aparte.',
    openPage: 'Abrir las preguntas sobre su dolor de espalda',
    newTab: SHARED_STRINGS.es.newTab,
    dial: 'Los enlaces no pueden abrirse desde este recuadro. Marque el número de arriba en su teléfono. En una emergencia, marque el 911.',
  },
};
