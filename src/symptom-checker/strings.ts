import type { Lang } from '../core/i18n.js';
import type { CareLevel, Category, Reason } from '../triage/assess.js';
import type { OptionId, QuestionId, TrainingHabit } from '../triage/questions.js';

/**
 * The reasons `assessParsed` can give: every option id but the training habits (tips only) and
 * the answers no rule reads as a reason (the middle age bands, a gradual or sudden start).
 */
export type StatedReason = Exclude<
  Reason,
  TrainingHabit | '18_49' | '50_69' | 'gradual' | 'sudden_activity'
>;

// Wording from CLINICAL.md and LANGUAGE-REVIEW.md, in plain words: test/node/reading-level.test.mjs
// holds both languages to a reading-level ceiling and to sentences of at most 20 words.
// These tables ship only in the checker's frame (dist/checker-frame.js), never in the drop-in.

const whyHow = 'How it started and how it feels help tell muscle, joint and disc pain apart.';
const whyLong =
  'Pain that goes on for weeks, or that stops you walking or sleeping, needs a specialist sooner.';
// One sentence for every level: each sign in the list is one this checker sends to 911 (S4 of
// LANGUAGE-REVIEW.md: "get help sooner" read like "book earlier").
const safetyNet = 'Call 911 or go to the emergency room if you get any of these:';
const redDeSeguridad = 'Llame al 911 o vaya a la sala de emergencias si le pasa algo de esto:';

const en = {
  /** Intended use, shown above the first question. */
  use: 'For adults and teens with back pain. It helps you decide where to get care. It does not diagnose. If you think this is an emergency, call 911.',
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
      'With back pain, these signs can point to a cause that needs a doctor soon.',
    ],
    age: [
      'How old are you?',
      'Some causes are more likely at some ages, and a fall is more dangerous as you get older.',
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
    leg_weakness:
      'A leg that is very weak, getting weaker or gives way, or a foot that drags when you walk',
    major_trauma: 'The pain began after a bad accident, like a car crash or a fall from high up',
    chest_abdomen: 'Chest pain, trouble breathing, or bad or pulsing belly pain',
    fever: 'Fever or chills',
    cancer_history: 'Cancer now or in the past',
    weight_loss: 'Weight loss without trying',
    night_pain: 'Bad pain at night or at rest that does not ease when you lie down',
    immune:
      'A weak immune system, taking steroids like prednisone for a long time, or injecting drugs',
    back_lump: 'A new lump, swelling or change in the shape of your back',
    upper_back: 'Pain high in the back, between the shoulder blades',
    under_18: 'Under 18',
    '18_49': '18 to 49',
    '50_69': '50 to 69',
    '70_plus': '70 or older',
    gradual: 'It built up over time, like after more miles',
    sudden_activity: 'It came on all at once during a run or a sport',
    fall_accident: 'It started after a fall, a blow or a small accident',
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
  /**
   * Per care level: [heading, what to do and when]. On the emergency screen the second line is
   * the disclaimer, tied to the action so that it never reads as "so it is probably nothing".
   */
  care: {
    emergency: [
      'Call 911 or go to the nearest emergency room (ER) now.',
      'This is not a diagnosis, but these signs need care right now.',
    ],
    urgent: [
      'Get care today: call the clinic.',
      'If you cannot reach the clinic, go to urgent care today.',
    ],
    specialist: [
      'See a spine specialist.',
      'Book a visit in the next 1–2 weeks, sooner if it gets worse.',
    ],
    self_care: [
      'You can care for it at home.',
      'Book a visit if it is not better in 2 weeks, or sooner if it gets worse.',
    ],
  } satisfies Record<CareLevel, readonly [string, string]>,
  /** Running and racing, one line per level (none on the emergency screen). */
  running: {
    urgent: "Don't run until a doctor has checked you.",
    specialist:
      'Hold off on races and hard runs until a specialist has checked you. Stop any run that brings on leg pain, numbness or tingling.',
    self_care:
      "Easy, shorter runs are fine if they don't make the pain worse. Skip races, speed work and long runs until it settles.",
  } satisfies Record<Exclude<CareLevel, 'emergency'>, string>,
  call911: 'Call 911',
  /** The number to call, in the copied summary (the number as people read it). */
  callClinic: (phone: string) => `Call the clinic at ${phone}.`,
  /** The pattern in hedged words and what the clinic can do (the article's content). */
  patterns: {
    muscular:
      'Your answers fit a pattern often seen with sore or strained muscles. In runners, most back pain comes from the muscles. Training too much, or weak belly, hip and thigh muscles, can leave the back to do the work. A specialist can give you stretches and exercises to build strength. Massage and foam rolling can ease tight muscles after a run.',
    arthritis:
      'Your answers fit a pattern often seen with a bone problem such as arthritis. A specialist can check your back and decide if you need an X-ray. Pain care and changes in daily habits can help.',
    disc: 'Your answers fit a pattern often seen with a disc problem, such as a slipped disc. A specialist can decide if you need a scan. For bad leg pain, a shot can ease it while you and your doctor plan longer-term care.',
    injury:
      'Your answers fit a pattern often seen when the back is hurt in a fall or accident. A specialist can check it and decide if you need an X-ray or other scan.',
    unclear:
      'Your answers do not fit one clear pattern. A specialist can check your back and look for the cause.',
  } satisfies Record<Category, string>,
  /** Section headings of a result. */
  ledToThis: 'What led to this',
  /**
   * "What led to this": each reason as a plain statement about the runner, never the option's
   * label (CLINICAL.md). Only the ids the engine can give as reasons (see `assessParsed`).
   */
  because: {
    bladder_bowel: 'You have new trouble holding or passing pee or poop.',
    saddle_numbness: 'Your groin, buttocks or inner thighs feel numb.',
    both_legs: 'You have pain, numbness or tingling in both legs.',
    leg_weakness: 'A leg is very weak, getting weaker or gives way, or a foot drags.',
    major_trauma: 'Your pain began after a bad accident.',
    chest_abdomen: 'You have chest pain, trouble breathing or bad belly pain.',
    fever: 'You have a fever or chills.',
    cancer_history: 'You have or have had cancer.',
    weight_loss: 'You have lost weight without trying.',
    night_pain: 'You have bad pain at night or at rest.',
    immune: 'Your body may fight infection less well (from illness, steroids or drugs).',
    back_lump: 'You have a new lump, swelling or change in the shape of your back.',
    upper_back: 'Your pain is high in the back, between the shoulder blades.',
    under_18: 'You are under 18.',
    '70_plus': 'You are 70 or older. At that age, a fall can break a bone in the back.',
    fall_accident: 'Your pain started after a fall, a blow or an accident.',
    twist_sharp: 'You get sharp pain when you twist.',
    spasm: 'Your muscles spasm when you move.',
    all_over_ache: 'Your whole back aches or feels stiff.',
    worse_leaning_forward: 'Your pain is worse when you lean or bend forward.',
    radiates_leg: 'Your pain spreads into the buttock or down one leg.',
    leg_numbness_tingling: 'You have numbness or tingling in one leg.',
    worse_cough_sneeze: 'Your pain is worse when you cough, sneeze or strain.',
    lt_2w: 'You have had this pain for less than 2 weeks.',
    '2_6w': 'You have had this pain for 2 to 6 weeks.',
    gt_6w: 'You have had this pain for more than 6 weeks.',
    mild: 'You can still run.',
    moderate: 'Running hurts, but you can walk fine.',
    severe: 'Your pain makes it hard to walk, sit or sleep.',
    unclear: 'Your answers do not fit one clear pattern.',
  } satisfies Record<StatedReason, string>,
  home: 'What you can do now',
  homeTips: [
    'Keep moving gently, for example by walking.',
    'Use a foam roller or massage to ease tight muscles.',
  ],
  /** The booking prompt after the home-care tips of a self-care result. */
  bookLater: 'Not better in 2 weeks, or getting worse? Book a visit.',
  runTips: 'Running and racing',
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
  /**
   * The safety-net's summary line, per care level (always visible; the list opens below it, and
   * is open on urgent results). A record, not a plain string, so no configuration can reword it.
   */
  sooner: { urgent: safetyNet, specialist: safetyNet, self_care: safetyNet } satisfies Record<
    Exclude<CareLevel, 'emergency'>,
    string
  >,
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
    use: 'Para adultos y adolescentes con dolor de espalda. Le ayuda a decidir dónde buscar atención. No le da un diagnóstico. Si cree que es una emergencia, llame al 911.',
    local: 'Sus respuestas se quedan en este teléfono o computadora. No se envía nada.',
    step: (n, of) => `Paso ${n} de ${of}`,
    questions: {
      redFlags: [
        '¿Tiene alguno de estos síntomas junto con el dolor de espalda?',
        'Estas señales pueden indicar presión sobre los nervios u otro problema grave que necesita atención ahora.',
      ],
      systemic: [
        '¿Tiene alguno de estos?',
        'Junto con el dolor de espalda, estas señales pueden indicar una causa que un médico debe revisar pronto.',
      ],
      age: [
        '¿Qué edad tiene?',
        'Algunas causas son más comunes a ciertas edades, y con la edad una caída es más peligrosa.',
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
        '¿Cuánto tiempo lleva con este dolor?',
        'Si el dolor dura mucho, o no le deja caminar o dormir, debe ver a un especialista más pronto.',
      ],
      severity: [
        '¿Qué tan fuerte es el dolor?',
        'Si el dolor dura mucho, o no le deja caminar o dormir, debe ver a un especialista más pronto.',
      ],
      training: [
        '¿Algo de esto describe cómo corre?',
        'Según cómo entrena, le damos consejos para correr.',
      ],
    },
    options: {
      bladder_bowel: 'Problemas nuevos para aguantar o para hacer pipí o popó (orina o heces)',
      saddle_numbness:
        'Adormecimiento (se siente dormido, sin sensación) en la ingle, las nalgas o la parte de adentro de los muslos',
      both_legs: 'Dolor, adormecimiento u hormigueo en las dos piernas',
      leg_weakness:
        'Una pierna muy débil, cada vez más débil o que se le dobla sola, o un pie que se arrastra',
      major_trauma:
        'El dolor empezó después de un accidente grave, como un choque de carro o una caída desde una altura',
      chest_abdomen:
        'Dolor en el pecho, falta de aire, o dolor fuerte en la barriga (el vientre) o que palpita',
      fever: 'Fiebre (calentura) o escalofríos',
      cancer_history: 'Tiene o ha tenido cáncer',
      weight_loss: 'Ha bajado de peso sin querer',
      night_pain: 'Dolor fuerte de noche o en reposo que no se calma al acostarse',
      immune:
        'Defensas bajas, tomar esteroides (como prednisona o cortisona) por mucho tiempo, o inyectarse drogas',
      back_lump: 'Un bulto nuevo, hinchazón o un cambio en la forma de la espalda',
      upper_back: 'Dolor en la parte alta de la espalda, entre los omóplatos (las paletas)',
      under_18: 'Menor de 18 años',
      '18_49': 'De 18 a 49 años',
      '50_69': 'De 50 a 69 años',
      '70_plus': '70 años o más',
      gradual: 'Fue aumentando con el tiempo, por ejemplo al correr más millas',
      sudden_activity: 'Empezó de repente mientras corría o hacía deporte',
      fall_accident: 'Empezó después de una caída, un golpe o un accidente leve',
      twist_sharp:
        'Dolor fuerte, como una punzada, en uno o los dos lados al voltear o torcer el cuerpo',
      spasm: 'Espasmos (el músculo se aprieta o se pone duro) al moverse',
      all_over_ache: 'Dolor constante y no muy fuerte, o la espalda tiesa, en toda la espalda',
      worse_leaning_forward: 'Empeora al inclinarse o agacharse hacia adelante',
      radiates_leg: 'Dolor que baja a la nalga o por una pierna',
      leg_numbness_tingling: 'Adormecimiento u hormigueo en una pierna',
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
    many: 'Puede marcar más de una.',
    required: 'Marque lo que tenga, o marque “Ninguno de estos”.',
    next: 'Siguiente',
    skip: 'Omitir',
    back: 'Atrás',
    again: 'Empezar de nuevo',
    care: {
      emergency: [
        'Llame al 911 o vaya ahora a la sala de emergencias más cercana.',
        'Esto no es un diagnóstico, pero estas señales necesitan atención ahora mismo.',
      ],
      urgent: [
        'Busque atención médica hoy: llame a la clínica.',
        'Si no puede comunicarse con la clínica, vaya hoy a una clínica de atención urgente (urgent care).',
      ],
      specialist: [
        'Vea a un especialista en columna.',
        'Pida una cita para las próximas 1 a 2 semanas, o antes si empeora.',
      ],
      self_care: [
        'Puede cuidarse en casa.',
        'Pida una cita si no mejora en 2 semanas, o antes si empeora.',
      ],
    },
    running: {
      urgent: 'No corra hasta que un médico revise su espalda.',
      specialist:
        'No corra competencias ni haga entrenamientos fuertes hasta que un especialista revise su espalda. Pare de correr si siente dolor, adormecimiento u hormigueo en la pierna.',
      self_care:
        'Puede salir a correr suave y por menos tiempo si no le aumenta el dolor. No corra competencias, series de velocidad ni distancias largas hasta que el dolor se calme.',
    },
    call911: 'Llamar al 911',
    callClinic: (phone) => `Llame a la clínica al ${phone}.`,
    patterns: {
      muscular:
        'Sus respuestas se parecen a lo que se ve a menudo con músculos adoloridos o lastimados (un tirón). En los corredores, la mayor parte del dolor de espalda viene de los músculos. Entrenar demasiado, o tener débiles el abdomen, la cadera y los muslos, puede hacer que la espalda trabaje de más. Un especialista puede darle estiramientos y ejercicios de fuerza. Los masajes y el rodillo de espuma (foam roller) pueden aflojar los músculos después de correr.',
      arthritis:
        'Sus respuestas se parecen a lo que se ve a menudo con un problema de los huesos, como la artritis. Un especialista puede revisar su espalda y decidir si necesita una radiografía. El control del dolor y algunos cambios en sus hábitos pueden ayudar.',
      disc: 'Sus respuestas se parecen a lo que se ve a menudo con un problema de disco, por ejemplo, una hernia. Un especialista puede decidir si necesita una resonancia u otro estudio. Si le duele mucho la pierna, una inyección puede calmar el dolor. Mientras tanto, usted y su médico planean el tratamiento a largo plazo.',
      injury:
        'Sus respuestas se parecen a lo que se ve cuando la espalda se lastima en una caída o un accidente. Un especialista puede revisarla y decidir si necesita una radiografía u otro estudio.',
      unclear:
        'Sus respuestas no muestran un patrón claro. Un especialista puede revisar su espalda y buscar la causa.',
    },
    ledToThis: 'Qué llevó a este resultado',
    because: {
      bladder_bowel: 'Tiene problemas nuevos para aguantar o para hacer pipí o popó.',
      saddle_numbness: 'Siente dormida la ingle, las nalgas o la parte de adentro de los muslos.',
      both_legs: 'Tiene dolor, adormecimiento u hormigueo en las dos piernas.',
      leg_weakness:
        'Una pierna está muy débil, cada vez más débil o se le dobla sola, o un pie se arrastra.',
      major_trauma: 'El dolor empezó después de un accidente grave.',
      chest_abdomen: 'Tiene dolor en el pecho, falta de aire o dolor fuerte en la barriga.',
      fever: 'Tiene fiebre (calentura) o escalofríos.',
      cancer_history: 'Tiene o ha tenido cáncer.',
      weight_loss: 'Ha bajado de peso sin querer.',
      night_pain: 'Tiene dolor fuerte de noche o en reposo.',
      immune:
        'Sus defensas pueden estar bajas (por una enfermedad, por esteroides o por drogas inyectadas).',
      back_lump: 'Tiene un bulto nuevo, hinchazón o un cambio en la forma de la espalda.',
      upper_back: 'Le duele la parte alta de la espalda, entre los omóplatos (las paletas).',
      under_18: 'Es menor de 18 años.',
      '70_plus': 'Tiene 70 años o más. A esa edad, una caída puede romper un hueso de la espalda.',
      fall_accident: 'El dolor empezó después de una caída, un golpe o un accidente.',
      twist_sharp: 'Siente un dolor fuerte, como una punzada, al voltear o torcer el cuerpo.',
      spasm: 'Tiene espasmos (el músculo se aprieta o se pone duro) al moverse.',
      all_over_ache: 'Le duele un poco o siente tiesa toda la espalda.',
      worse_leaning_forward: 'El dolor empeora al inclinarse o agacharse hacia adelante.',
      radiates_leg: 'El dolor baja a la nalga o por una pierna.',
      leg_numbness_tingling: 'Tiene adormecimiento u hormigueo en una pierna.',
      worse_cough_sneeze: 'El dolor empeora al toser, estornudar o hacer fuerza.',
      lt_2w: 'Lleva menos de 2 semanas con este dolor.',
      '2_6w': 'Lleva de 2 a 6 semanas con este dolor.',
      gt_6w: 'Lleva más de 6 semanas con este dolor.',
      mild: 'Todavía puede correr.',
      moderate: 'Le duele al correr, pero camina bien.',
      severe: 'Por el dolor, le cuesta caminar, sentarse o dormir.',
      unclear: 'Sus respuestas no muestran un patrón claro.',
    },
    home: 'Qué puede hacer ahora',
    homeTips: [
      'Siga moviéndose sin forzarse, por ejemplo, caminando.',
      'Use un rodillo de espuma (foam roller) o dese masajes para aflojar los músculos tensos.',
    ],
    bookLater: '¿No mejora en 2 semanas, o empeora? Pida una cita.',
    runTips: 'Correr y competir',
    tip: {
      mileage_increase: 'Aumente las millas poco a poco, solo un poco cada semana.',
      no_strength_training:
        'Haga ejercicios de fuerza para el abdomen, la cadera y las piernas dos veces por semana.',
      new_or_worn_shoes: 'Use tenis que le queden bien y le den apoyo. Cambie los gastados.',
      marathon_block:
        'Al entrenar para un maratón, incluya días de correr suave y días de descanso.',
    },
    prevent: 'Para ayudar a prevenir el dolor de espalda',
    preventTips: {
      strength: 'Fortalezca el abdomen y las piernas, por ejemplo con planchas (plank).',
      form: 'Corra con buena postura y la espalda recta.',
      shoes: 'Use tenis que le den apoyo.',
      stretch: 'Estírese antes y después de correr.',
    },
    sooner: { urgent: redDeSeguridad, specialist: redDeSeguridad, self_care: redDeSeguridad },
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
