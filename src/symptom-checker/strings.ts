import type { Lang } from '../core/i18n.js';
import type { CareLevel, Category } from '../triage/assess.js';
import type { OptionId, QuestionId, TrainingHabit } from '../triage/questions.js';

// Wording from CLINICAL.md, in plain words (the English is held to a grade-8 ceiling by a test).
// These tables ship only in the checker's frame (dist/checker-frame.js), never in the drop-in.

const whyHow = 'How it started and how it feels help tell muscle, joint and disc pain apart.';
const whyLong = 'Pain that lasts or stops you walking or sleeping needs a specialist sooner.';

const en = {
  /** Intended use, shown above the first question. */
  use: 'For adults and teens with back pain, to help decide where to get care. It does not diagnose. If you think this is an emergency, call 911.',
  local: 'Your answers stay on this device. Nothing is sent.',
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  /** Per question: [legend, "why we ask"]. */
  questions: {
    redFlags: [
      'Do you have any of these with your back pain?',
      'These signs can mean pressure on nerves or another serious problem that needs care now.',
    ],
    systemic: [
      'Do you have any of these?',
      'With back pain, these can point to a cause that needs a doctor soon.',
    ],
    age: [
      'How old are you?',
      'Some causes are more likely at some ages, and falls matter more later in life.',
    ],
    onset: ['How did the pain start?', whyHow],
    pattern: ['How does the pain feel?', whyHow],
    duration: ['How long have you had this pain?', whyLong],
    severity: ['How bad is the pain?', whyLong],
    training: ['Do any of these fit your running?', 'Your running habits shape the tips you get.'],
  } satisfies Record<QuestionId, readonly [string, string]>,
  /** Option texts, keyed by the triage option ids. */
  options: {
    bladder_bowel: 'New trouble holding or passing urine or stool (pee or poop)',
    saddle_numbness: 'Numbness in the groin, buttocks or inner thighs',
    both_legs: 'Pain, numbness or tingling in both legs',
    leg_weakness: 'A leg that is very weak or getting weaker, gives way, or a foot that drops',
    major_trauma: 'The pain began after a bad accident, like a car crash or a fall from high up',
    chest_abdomen: 'Chest pain, trouble breathing, or bad or pulsing belly pain',
    fever: 'Fever or chills',
    cancer_history: 'Cancer now or in the past',
    weight_loss: 'Weight loss without trying',
    night_pain: 'Bad pain at night or at rest that does not ease when you lie down',
    immune: 'A weak immune system, long-term steroid use, or drug use with needles',
    back_lump: 'A new lump, swelling or change in the shape of your back',
    upper_back: 'Pain high in the back, between the shoulder blades',
    under_18: 'Under 18',
    '18_49': '18 to 49',
    '50_69': '50 to 69',
    '70_plus': '70 or older',
    gradual: 'It built up over time, like after more miles',
    sudden_activity: 'It came on all at once during a run or a sport',
    fall_accident: 'After a fall or a small accident',
    twist_sharp: 'Sharp pain on one or both sides when you twist',
    spasm: 'Muscle spasms when you move',
    all_over_ache: 'A dull ache or stiffness all over the back',
    worse_leaning_forward: 'Worse when you lean or bend forward',
    radiates_leg: 'Pain that spreads into the buttock or down one leg',
    leg_numbness_tingling: 'Numbness or tingling in one leg',
    worse_cough_sneeze: 'Worse when you cough, sneeze or strain',
    lt_2w: 'Less than 2 weeks',
    '2_6w': '2 to 6 weeks',
    gt_6w: 'More than 6 weeks',
    mild: 'Mild: I can still run',
    moderate: 'Medium: running hurts, but walking is fine',
    severe: 'Bad: it is hard to walk, sit or sleep',
    mileage_increase: 'I added miles fast',
    no_strength_training: 'I do not do strength training',
    new_or_worn_shoes: 'My shoes are new or worn out',
    marathon_block: 'I am training for a marathon',
  } satisfies Record<OptionId, string>,
  none: 'None of these',
  many: 'Choose all that apply.',
  required: 'Please choose what applies, or choose "None of these".',
  next: 'Next',
  skip: 'Skip',
  back: 'Back',
  again: 'Start over',
  /** Per care level: [heading, what to do]. */
  care: {
    emergency: ['Call 911 or go to the nearest emergency department now.', ''],
    urgent: [
      'Get care today: call the clinic.',
      'If you cannot reach the clinic, go to urgent care today.',
    ],
    specialist: [
      'See a spine specialist.',
      'Call or book a visit with a specialist at our clinic.',
    ],
    self_care: [
      'You can start with care at home.',
      'Book a visit if it is not better within 2 weeks, or sooner if it gets worse.',
    ],
  } satisfies Record<CareLevel, readonly [string, string]>,
  call911: 'Call 911',
  /** The pattern in hedged words and what the clinic can do (the article's content). */
  patterns: {
    muscular:
      'Your answers fit a pattern often seen with sore or strained muscles. In runners, most back pain comes from the muscles. Training too much, or weak belly, hip and thigh muscles, can leave the back to do the work. A specialist can give you stretches and exercises to build strength. Massage and foam rolling can ease tight muscles after a run.',
    arthritis:
      'Your answers fit a pattern often seen with a bone problem such as arthritis. A specialist can check your back and decide if you need an X-ray. Pain care and changes in daily habits can help.',
    disc: 'Your answers fit a pattern often seen with a disc problem, such as a slipped disc. A specialist can decide if you need a scan. For bad leg pain, a shot can ease it while you and your doctor plan longer-term care.',
    injury:
      'Your answers fit a pattern often seen with an injury to the spine after a fall or accident. A specialist can check it and decide if you need a scan.',
    unclear:
      'Your answers do not fit one clear pattern. A specialist can check your back and find the cause.',
  } satisfies Record<Category, string>,
  /** Section headings of a result. */
  ledToThis: 'What led to this',
  unclear: 'No clear pattern',
  home: 'What you can do now',
  homeTips: [
    'Stay gently active, and cut back on running until the pain eases.',
    'Use a foam roller or massage to ease tight muscles.',
  ],
  /** The booking prompt after the home-care tips of a self-care result. */
  bookLater: 'Not better in 2 weeks, or getting worse? Book a visit.',
  runTips: 'Tips for your running',
  /** Tips shaped by the `training` answers. */
  tip: {
    mileage_increase: 'Add miles slowly, a little each week.',
    no_strength_training: 'Do strength work for your belly, hips and legs two times a week.',
    new_or_worn_shoes: 'Wear shoes that fit well and support you. Replace worn ones.',
    marathon_block: 'In marathon training, plan easy days and rest days.',
  } satisfies Record<TrainingHabit, string>,
  prevent: 'To help keep back pain away',
  /** Prevention, keyed so that a running tip on the same subject replaces its line. */
  preventTips: {
    strength: 'Make your belly and legs strong, for example with planks.',
    form: 'Run with good form and keep your back straight.',
    shoes: 'Wear shoes that support you.',
    stretch: 'Stretch before and after you run.',
  },
  /** The safety-net's summary line, per care level (always visible; the list opens below it). */
  sooner: {
    urgent: 'Call 911 if you get any of these:',
    specialist: 'Get help sooner if you get any of these:',
    self_care: 'Get help sooner if you get any of these:',
  },
  emergencyNote: 'If you think this is an emergency, call 911.',
  notDiagnosis: 'This is not a diagnosis.',
  copy: 'Copy summary',
  copied: 'Summary copied. You can paste it in a message or show it at your visit.',
  noCopy: 'Your browser could not copy. You can select and copy the summary below.',
  summary: 'Summary of your answers',
  result: 'Result',
  skipped: 'Not answered',
};

/** The checker's strings per language. */
export type CheckerStrings = typeof en;

/** Symptom checker strings per language; `es` is typed by `en`, so no key can be missing. */
export const STRINGS: Record<Lang, CheckerStrings> = {
  en,
  es: {
    use: 'Para adultos y adolescentes con dolor de espalda, para ayudarle a decidir dónde recibir atención. No da un diagnóstico. Si cree que es una emergencia, llame al 911.',
    local: 'Sus respuestas se quedan en este aparato. No se envía nada.',
    step: (n, of) => `Paso ${n} de ${of}`,
    questions: {
      redFlags: [
        '¿Tiene alguno de estos síntomas junto con el dolor de espalda?',
        'Estas señales pueden indicar presión sobre los nervios u otro problema grave que necesita atención ahora.',
      ],
      systemic: [
        '¿Tiene alguno de estos?',
        'Junto con el dolor de espalda, pueden indicar una causa que un médico debe ver pronto.',
      ],
      age: [
        '¿Qué edad tiene?',
        'Algunas causas son más comunes a ciertas edades, y las caídas importan más con los años.',
      ],
      onset: [
        '¿Cómo empezó el dolor?',
        'Saber cómo empezó y cómo se siente ayuda a distinguir el dolor de músculo, de articulación y de disco.',
      ],
      pattern: [
        '¿Cómo se siente el dolor?',
        'Saber cómo empezó y cómo se siente ayuda a distinguir el dolor de músculo, de articulación y de disco.',
      ],
      duration: [
        '¿Desde cuándo tiene este dolor?',
        'Si el dolor dura o no le deja caminar o dormir, necesita ver a un especialista antes.',
      ],
      severity: [
        '¿Qué tan fuerte es el dolor?',
        'Si el dolor dura o no le deja caminar o dormir, necesita ver a un especialista antes.',
      ],
      training: [
        '¿Algo de esto describe cómo corre?',
        'Sus hábitos al correr definen los consejos que recibe.',
      ],
    },
    options: {
      bladder_bowel:
        'Problemas nuevos para controlar la orina o las heces, o para orinar o evacuar',
      saddle_numbness: 'Entumecimiento en la ingle, las nalgas o la parte interna de los muslos',
      both_legs: 'Dolor, entumecimiento u hormigueo en las dos piernas',
      leg_weakness:
        'Una pierna muy débil o cada vez más débil, una pierna que se dobla, o un pie que cuelga al caminar',
      major_trauma:
        'El dolor empezó después de un accidente grave, como un choque de auto o una caída desde lo alto',
      chest_abdomen:
        'Dolor en el pecho, dificultad para respirar, o dolor de vientre fuerte o que late',
      fever: 'Fiebre o escalofríos',
      cancer_history: 'Cáncer ahora o en el pasado',
      weight_loss: 'Pérdida de peso sin intentarlo',
      night_pain: 'Dolor fuerte de noche o en reposo que no se calma al acostarse',
      immune: 'Defensas bajas, uso de esteroides por mucho tiempo, o uso de drogas inyectadas',
      back_lump: 'Un bulto nuevo, hinchazón o un cambio en la forma de la espalda',
      upper_back: 'Dolor en la parte alta de la espalda, entre los omóplatos',
      under_18: 'Menos de 18 años',
      '18_49': 'De 18 a 49 años',
      '50_69': 'De 50 a 69 años',
      '70_plus': '70 años o más',
      gradual: 'Fue aumentando con el tiempo, por ejemplo al correr más millas',
      sudden_activity: 'Empezó de golpe al correr o hacer deporte',
      fall_accident: 'Después de una caída o un accidente leve',
      twist_sharp: 'Dolor agudo en uno o ambos lados al girar',
      spasm: 'Espasmos musculares al moverse',
      all_over_ache: 'Dolor sordo o rigidez en toda la espalda',
      worse_leaning_forward: 'Empeora al inclinarse o agacharse hacia adelante',
      radiates_leg: 'Dolor que baja a la nalga o por una pierna',
      leg_numbness_tingling: 'Entumecimiento u hormigueo en una pierna',
      worse_cough_sneeze: 'Empeora al toser, estornudar o hacer fuerza',
      lt_2w: 'Menos de 2 semanas',
      '2_6w': 'De 2 a 6 semanas',
      gt_6w: 'Más de 6 semanas',
      mild: 'Leve: todavía puedo correr',
      moderate: 'Moderado: me duele al correr, pero camino bien',
      severe: 'Fuerte: me cuesta caminar, sentarme o dormir',
      mileage_increase: 'Aumenté las millas muy rápido',
      no_strength_training: 'No hago ejercicios de fuerza',
      new_or_worn_shoes: 'Mis tenis son nuevos o están gastados',
      marathon_block: 'Estoy entrenando para un maratón',
    },
    none: 'Ninguno de estos',
    many: 'Elija todos los que correspondan.',
    required: 'Por favor, elija lo que corresponda, o elija «Ninguno de estos».',
    next: 'Siguiente',
    skip: 'Omitir',
    back: 'Atrás',
    again: 'Empezar de nuevo',
    care: {
      emergency: ['Llame al 911 o vaya ahora a la sala de emergencias más cercana.', ''],
      urgent: [
        'Reciba atención hoy: llame a la clínica.',
        'Si no puede comunicarse con la clínica, vaya hoy a un centro de atención urgente.',
      ],
      specialist: [
        'Consulte a un especialista de la columna.',
        'Llame o pida una cita con un especialista de nuestra clínica.',
      ],
      self_care: [
        'Puede empezar cuidándose en casa.',
        'Pida una cita si no mejora en 2 semanas, o antes si empeora.',
      ],
    },
    call911: 'Llamar al 911',
    patterns: {
      muscular:
        'Sus respuestas coinciden con un patrón que se ve a menudo con músculos adoloridos o forzados. En los corredores, la mayoría del dolor de espalda viene de los músculos. Entrenar demasiado, o tener débiles los músculos del vientre, la cadera y los muslos, deja el trabajo a la espalda. Un especialista puede darle estiramientos y ejercicios de fuerza. Los masajes y el rodillo de espuma alivian la tensión después de correr.',
      arthritis:
        'Sus respuestas coinciden con un patrón que se ve a menudo con un problema de los huesos, como la artritis. Un especialista puede revisar su espalda y decidir si necesita una radiografía. El control del dolor y algunos cambios en sus hábitos pueden ayudar.',
      disc: 'Sus respuestas coinciden con un patrón que se ve a menudo con un problema de disco, como una hernia de disco. Un especialista puede decidir si necesita un estudio de imagen. Si el dolor de pierna es fuerte, una inyección puede aliviarlo mientras usted y su médico planean el tratamiento a largo plazo.',
      injury:
        'Sus respuestas coinciden con un patrón que se ve a menudo con una lesión de la columna después de una caída o un accidente. Un especialista puede revisarla y decidir si necesita un estudio de imagen.',
      unclear:
        'Sus respuestas no coinciden con un patrón claro. Un especialista puede revisar su espalda y encontrar la causa.',
    },
    ledToThis: 'Qué llevó a este resultado',
    unclear: 'Ningún patrón claro',
    home: 'Qué puede hacer ahora',
    homeTips: [
      'Manténgase activo con suavidad, y corra menos hasta que el dolor se calme.',
      'Use un rodillo de espuma o masajes para aliviar los músculos tensos.',
    ],
    bookLater: '¿No mejora en 2 semanas, o empeora? Pida una cita.',
    runTips: 'Consejos para correr',
    tip: {
      mileage_increase: 'Aumente las millas poco a poco, un poco cada semana.',
      no_strength_training:
        'Haga ejercicios de fuerza para el vientre, la cadera y las piernas dos veces por semana.',
      new_or_worn_shoes: 'Use tenis que le queden bien y le den apoyo. Cambie los gastados.',
      marathon_block: 'Al entrenar para un maratón, planee días suaves y días de descanso.',
    },
    prevent: 'Para ayudar a prevenir el dolor de espalda',
    preventTips: {
      strength: 'Fortalezca el vientre y las piernas, por ejemplo con planchas.',
      form: 'Corra con buena postura y la espalda recta.',
      shoes: 'Use tenis que le den apoyo.',
      stretch: 'Estírese antes y después de correr.',
    },
    sooner: {
      urgent: 'Llame al 911 si tiene alguno de estos síntomas:',
      specialist: 'Busque ayuda antes si tiene alguno de estos síntomas:',
      self_care: 'Busque ayuda antes si tiene alguno de estos síntomas:',
    },
    emergencyNote: 'Si cree que es una emergencia, llame al 911.',
    notDiagnosis: 'Esto no es un diagnóstico.',
    copy: 'Copiar resumen',
    copied: 'Resumen copiado. Puede pegarlo en un mensaje o mostrarlo en su cita.',
    noCopy: 'Su navegador no pudo copiar. Puede seleccionar y copiar el resumen de abajo.',
    summary: 'Resumen de sus respuestas',
    result: 'Resultado',
    skipped: 'Sin respuesta',
  },
};
