// The Spanish catalog: the same keys as the English one in messages.ts (the type `Catalog` fails to compile
// when one is missing or extra), and the Spanish names and descriptions of every command, option and choice
// that the registry adds to the definitions as es-ES and es-419 localizations.
import { plural } from './locale.js';
import type { Catalog, LookupKind, SettingOption } from './messages.js';
import { escapeUserText, truncate } from './render/discord/limits.js';

/** User text echoed in a message: cut short, markdown and mentions neutralised. */
const echo = (text: string) => escapeUserText(truncate(text, 100));

const preguntas = (count: number) => plural('es', count, { one: 'pregunta', other: 'preguntas' });

const NOT_GIVEN = {
  figure: 'esa cifra',
  amount: 'un monto',
  date: 'una fecha',
  day: 'el día exacto',
  name: 'un nombre',
  city: 'una ciudad',
  duration: 'una duración',
  reason: 'un motivo',
  detail: 'ese detalle',
} as const;

/** The kinds of fact a lookup names, with the article that agrees with each. */
const LOOKUP_KINDS = {
  policy: 'política',
  figure: 'cifra',
  actor: 'persona o institución',
  fact: 'dato',
} as const;
const ANY: Record<LookupKind, string> = {
  policy: 'ninguna política',
  figure: 'ninguna cifra',
  actor: 'ninguna persona o institución',
  fact: 'ningún dato',
};
const MORE_THAN_ONE: Record<LookupKind, string> = {
  policy: 'más de una política',
  figure: 'más de una cifra',
  actor: 'más de una persona o institución',
  fact: 'más de un dato',
};

export const SPANISH: Catalog = {
  MESSAGES: {
    unexpected: 'Algo falló en factdesk al responder. Quedó registrado; por favor, vuelve a intentarlo.',
    unknownCommand:
      'factdesk no conoce ese comando. Puede que se haya eliminado: pide a un moderador que vuelva a registrar los comandos.',
    unknownButton:
      'Ese botón ya no funciona: la base de datos puede haber cambiado desde que se mostró. Vuelve a preguntar.',
    unknownFact: (id: string) => `No hay ningún dato «${echo(id)}» en la base de datos actual.`,
    unknownParagraph: (n: number, source: string) => `La fuente ${source} no tiene párrafo ${n}.`,
    unknownSource: (id: string) => `No hay ningún documento fuente «${echo(id)}».`,
    noTopic: (topic: string, topics: readonly string[]) =>
      `Ningún dato con fuente coincide con «${echo(topic)}». Prueba uno de estos: ${topics.join(', ')}.`,
    badDate: (option: string) => `«${option}» debe ser una fecha como 2023, 2023-12 o 2023-12-30.`,
    notARealDate: (option: string, value: string) =>
      `«${option}» no es una fecha real: ${value} no existe en el calendario.`,
    badOption: (name: string) =>
      `La opción «${echo(name)}» no es de este comando o tiene un valor del tipo equivocado. Puede que los comandos hayan cambiado: vuelve a ejecutarlo desde la lista de comandos.`,
    noLookupMatch: (kind: LookupKind, text: string) =>
      `Nada en el registro coincide con «${echo(text)}» como ${LOOKUP_KINDS[kind]}. factdesk responde solo con sus datos con fuente.`,
    dateOrder: 'La fecha «desde» no puede ser posterior a la fecha «hasta».',
    unknownSide: 'El lado debe ser us, mexico o both.',
    sourceNeedsTarget: 'Indica un dato o un número de párrafo para mostrar su fuente.',
    summaryNotYours: 'Solo el moderador que pidió este resumen puede publicarlo, actualizarlo o cancelarlo.',
    summaryCancelled: 'Cancelado: no se publicó nada.',
    summaryUpdated: (channel: string) => `Resumen actualizado en su lugar en <#${channel}>.`,
    postGone:
      'Ese mensaje ya no existe o no lo publicó factdesk, así que no se puede actualizar. Publica uno nuevo.',
    badMessageLink: (text: string) =>
      `«${echo(text)}» no es un enlace a un mensaje (clic derecho en el resumen → Copiar enlace del mensaje) ni el id de un mensaje.`,
    summaryNeedsPermission: 'Publicar resúmenes requiere el permiso Gestionar mensajes en este servidor.',
    summaryGuildOnly:
      'Los resúmenes se publican en canales de un servidor, así que /resumen solo funciona en un servidor.',
    cannotPost: (channel: string) =>
      `factdesk no puede publicar en <#${channel}>: necesita allí los permisos Ver canales, Enviar mensajes e Insertar enlaces.`,
    posted: (channel: string) =>
      `Resumen publicado en <#${channel}>. Cuando cambie la base de datos, pulsa «Actualizar publicación» o usa /resumen actualizar: con un enlace a él.`,
    summaryNeedsToken:
      'Este factdesk responde por HTTP sin token de bot, así que no puede publicar resúmenes. Pide a quien lo opera que configure DISCORD_TOKEN.',
    emptyMessage: 'Ese mensaje no tiene texto que buscar.',
    cooldown: (seconds: number) =>
      `Podrás compartir otra respuesta en público dentro de ${seconds} s. Las respuestas privadas no tienen límite: pregunta de nuevo sin compartir.`,
    summaryCooldown: (seconds: number) => `Podrás publicar otro resumen dentro de ${seconds} s.`,
    reloadOwnersOnly: 'Solo los dueños del bot pueden recargar la base de datos.',
    reloaded: (version: string, facts: number) =>
      `Base de datos recargada: versión ${version}, ${facts} ${plural('es', facts, { one: 'dato', other: 'datos' })}.`,
    uncorrected: (factId: string) =>
      `Aviso: el enunciado de «${factId}» cambió sin una entrada nueva en su lista de correcciones. Añade una (fecha y qué cambió) para que los lectores la vean.`,
    reloadRefused: (problems: string) =>
      `La nueva base de datos fue rechazada; el bot sigue usando la última válida.\n${problems}`,
    leadCorrection: (recorded: string) => `No: el registro dice ${recorded}.`,
    leadConfirmation: (recorded: string) => `Sí: el registro dice ${recorded}.`,
    leadAsOf: (reported: string) => `Publicado: ${reported}. El registro no dice qué rige hoy:`,
    leadNotGiven: (missing) => `El registro menciona esto, pero no da ${NOT_GIVEN[missing]}. Lo que sí dice:`,
    leadOpinion: 'factdesk informa lo que dijeron sus fuentes; no tiene opinión propia que dar.',
    leadPrediction: 'El registro recoge lo que se dijo a principios de 2024; no predice lo que va a pasar.',
    feedbackThanks:
      'Gracias: tu opinión sobre esta respuesta quedó registrada (de forma anónima, para los curadores).',
    wrongFactThanks:
      'Gracias: los curadores revisarán este dato. Tu aviso guarda la pregunta y tu motivo, nunca quién eres.',
    feedbackAlreadyGiven: 'Ya diste tu opinión sobre esta respuesta.',
    feedbackBusy:
      'Este servidor envió muchas opiniones en el último minuto. Vuelve a intentarlo en un minuto.',
    feedbackUnavailable:
      'Ahora no se puede registrar tu opinión (la base de datos del bot no está disponible). Las respuestas siguen funcionando; inténtalo más tarde.',
    storeUnavailable:
      'La base de datos del bot no está disponible ahora, así que esto no se puede mostrar ni cambiar. Las respuestas siguen funcionando; inténtalo más tarde.',
    curationGuildOnly:
      'Esto solo funciona en un servidor: cada servidor tiene sus propias preguntas, opiniones y ajustes.',
    gapsNeedsPermission: '/vacíos requiere el permiso Gestionar mensajes en este servidor.',
    statsNeedsPermission: '/estadísticas requiere el permiso Gestionar mensajes en este servidor.',
    settingsNeedsPermission: '/ajustes requiere el permiso Gestionar servidor en este servidor.',
    settingsUnavailable:
      'La base de datos del bot no está disponible, así que ahora no se pueden cambiar los ajustes; todos los servidores usan los valores por defecto hasta que vuelva. Las respuestas siguen funcionando; inténtalo más tarde.',
    settingsSaved: (names: string) => `Guardado: ${names}.`,
    settingsReset: (names: string) => `De vuelta al valor por defecto: ${names}.`,
    settingInvalid: (option: SettingOption) =>
      ({
        visibility: '«visibility» debe ser private o public.',
        summary_channel: '«summary_channel» debe ser un canal de texto o de anuncios de este servidor.',
        cooldown_public:
          '«cooldown_public» debe ser un número entero de segundos, de 0 (desactivado) a 86400 (un día).',
        cooldown_summary:
          '«cooldown_summary» debe ser un número entero de segundos, de 0 (desactivado) a 86400 (un día).',
        language: '«language» debe ser en, es o auto.',
        reset:
          '«reset» debe nombrar un ajuste (visibility, summary_channel, cooldown_public, cooldown_summary, language) o all.',
      })[option],
    settingSetAndReset: (option: string) =>
      `«${option}» recibió un valor y a la vez se restableció: elige una de las dos cosas en un mismo /ajustes.`,
    gapNotFound: (id: number) => `No hay ninguna entrada abierta #${id} en /vacíos de este servidor.`,
    gapDismissed: (count: number) =>
      `${plural('es', count, { one: 'Descartada', other: 'Descartadas' })} ${count} ${preguntas(count)}.`,
    gapAnswered: (count: number, factId: string) =>
      `${plural('es', count, { one: 'Registrada', other: 'Registradas' })} ${count} ${preguntas(count)} como formas de preguntar por \`${factId}\`, para que las revisen los curadores.`,
  },
  TEXT: {
    sourceButton: (paragraph: number | string) => `Fuente ¶${paragraph}`,
    relatedButton: 'Datos relacionados',
    citeButton: 'Copiar cita',
    shareButton: 'Compartir en el canal',
    earlier: '◀ Anteriores',
    later: 'Siguientes ▶',
    page: (page: number, pages: number) => `página ${page} de ${pages}`,
    factBase: (version: string) => `base de datos ${version}`,
    nothingMatches: 'Nada en el registro coincide.',
    kinds: {
      policy: 'Política',
      figure: 'Cifra',
      event: 'Hecho',
      position: 'Postura',
      actor: 'Quién es quién',
      context: 'Contexto',
      sourcing: 'Fuentes',
    },
    quotesLabel: 'Cita original en inglés',
    paragraphLabel: 'Párrafo original en inglés',
    attributedTo: 'Atribuido a',
    source: 'Fuente',
    outlet: 'Medio',
    outletIs: (outlet: string) => `; medio: ${outlet}`,
    reported: 'Publicado',
    when: 'Cuándo',
    figures: 'Cifras',
    citeAs: 'Citar como',
    paragraphN: (n: number) => `Párrafo ${n}`,
    missingParagraph: '(falta el párrafo)',
    relatedTitle: 'Datos relacionados',
    relatedTo: (statement: string) => `Datos relacionados con: ${statement}`,
    statuses: {
      'in-force': 'vigente',
      ended: 'terminada',
      proposed: 'propuesta / exigida',
      unknown: 'estado no indicado',
    },
    policiesTitle: 'Políticas en el registro',
    policiesIntro:
      'Las políticas que describen las fuentes, con sus fechas y su estado. Elige una con `/políticas política:` para ver sus citas.',
    actorsTitle: 'Personas e instituciones en el registro',
    actorsIntro: 'Elige una con `/quién actor:` para ver todo lo que el registro dice de ella.',
    inTheRecord: (n?: number) => (n === undefined ? 'En el registro' : `En el registro (${n})`),
    namedNowhereElse: 'Ningún otro dato la menciona.',
    aboutTitle: 'Acerca de factdesk',
    aboutBody:
      'factdesk responde preguntas sobre las negociaciones migratorias entre Estados Unidos y México de principios ' +
      'de 2024 **solo con su registro con fuentes**: datos que una persona extrajo de documentos fuente, cada uno ' +
      'con su cita textual, su párrafo, su atribución y su fecha de publicación. Cuando el registro no responde, ' +
      'lo dice en vez de adivinar.',
    aboutSources: (n: number) => `Fuentes (${n})`,
    aboutFacts: (n: number) => `Datos (${n})`,
    aboutVersion: 'Versión',
    versions: (app: string, base: string) => `factdesk ${app} · base de datos ${base}`,
    question: (text: string) => `Pregunta: ${text}`,
    fromMessage: (text: string) => `Del mensaje: ${text}`,
    twoAnswers:
      'Dos datos responden a esto casi igual de bien, así que factdesk muestra el primero y ofrece el otro.',
    otherAnswer: (title: string) => `Otra respuesta: ${title}`,
    declineTitle: 'No está en el registro con fuentes',
    declineBody:
      'factdesk responde solo con datos extraídos de sus fuentes, y ninguno responde a esto. No adivina.',
    declineAsked: (text: string) => `Preguntaste: ${text}`,
    declineMessage: (text: string) => `El mensaje dice: ${text}`,
    declineTopics: 'Sí trata estos temas:',
    pickOne: (kind: LookupKind, text: string) => `«${text}» coincide con ${MORE_THAN_ONE[kind]}. Elige:`,
    otherKind: (kind: LookupKind, text: string) =>
      `${ANY[kind].charAt(0).toUpperCase()}${ANY[kind].slice(1)} del registro coincide con «${text}». La mejor respuesta del registro es este dato:`,
    lookupKinds: LOOKUP_KINDS,
    figuresTitle: 'Cifras en el registro',
    figuresIntro: 'Los números de las negociaciones, con lo que cuentan, quién los dio y dónde.',
    timelineTitle: (from?: string, to?: string) =>
      from && to
        ? `Cronología, de ${from} a ${to}`
        : from
          ? `Cronología desde ${from}`
          : to
            ? `Cronología hasta ${to}`
            : 'Cronología',
    timelineIntro: 'Los hechos en orden, cada fecha tan precisa como la da la fuente.',
    timelineAlso: (titles: string) => `También en el registro: ${titles}`,
    sideTitles: {
      us: 'Lo que Estados Unidos pide y dice',
      mexico: 'Lo que México pide y dice',
      both: 'En qué coinciden ambas partes',
    },
    positionsIntro: 'Posturas y exigencias tal como las informan las fuentes, con quién dijo cada una.',
    positionsMore: (n: number, command: string) => `${n} más: ${command}`,
    seeAll: {
      policies: '/políticas',
      figures: '/cifras',
      who: '/quién',
      timeline: '/cronología',
      positions: '/posiciones',
      us: '/posiciones lado:Estados Unidos',
      mexico: '/posiciones lado:México',
    },
    summaryTitle: (topic: string) => `Resumen de datos: ${topic}`,
    summaryTopics: {
      overview: 'las negociaciones migratorias entre Estados Unidos y México',
      policies: 'políticas',
      figures: 'cifras',
      timeline: 'cronología',
      positions: 'posturas',
      who: 'quién es quién',
    },
    summarySections: {
      usAsks: 'Lo que Estados Unidos pide a México',
      mexicoAsks: 'Lo que México pide a cambio',
      figures: 'Las cifras',
      next: 'Lo que viene',
      shared: 'En qué coinciden ambas partes',
    },
    summaryMore: (n: number, command?: string) =>
      command ? `…y ${n} más, que no se muestran aquí: ${command}` : `…y ${n} más, que no se muestran aquí.`,
    summarySources: 'Fuentes',
    summaryFooter: (version: string) =>
      `Cada línea es un enunciado extraído del párrafo fuente indicado (¶), no una cita: /fuente párrafo:<n> lo muestra · base de datos ${version}`,
    summaryUpdatedFooter: (version: string) =>
      `Actualizado a la base de datos ${version}. Cada línea es un enunciado extraído del párrafo fuente indicado (¶), no una cita: /fuente párrafo:<n> lo muestra`,
    summaryPreview: (channel: string) =>
      `Vista previa: solo tú la ves. Pulsa Publicar para publicarla en <#${channel}>; no se publica nada hasta entonces.`,
    summaryUpdatePreview: (channel: string) =>
      `Vista previa de la actualización: solo tú la ves. Pulsa Actualizar para reemplazar con ella el resumen de <#${channel}>.`,
    summaryMatched: (topic: string, titles: string) => `Tu tema «${topic}» coincidió con: ${titles}.`,
    summaryMissing: (ids: string) =>
      `Nota: data/summary.json menciona datos que esta base no tiene, así que se omiten: ${ids}.`,
    post: 'Publicar',
    update: 'Actualizar',
    updatePost: 'Actualizar publicación',
    cancel: 'Cancelar',
    helpful: 'Útil',
    notHelpful: 'No es útil',
    wrongFact: 'Dato equivocado',
    wrongFactTitle: 'Avisar de un dato equivocado',
    wrongFactReason: '¿Qué está mal? (opcional)',
    factFooter: (id: string) => `dato ${id}`,
    sourceFooter: (id: string) => `fuente ${id}`,
    kindCount: (kind: string, n: string) => `${kind}: ${n}`,
    sides: { us: 'Estados Unidos', mexico: 'México' },
    languages: { en: 'inglés', es: 'español' },
    terminal: {
      notInRecord: 'No está en el registro con fuentes: factdesk no tiene ningún dato que responda a esto.',
      itCovers: 'Sí trata, por ejemplo:',
      paragraph: (n: number) => `— párrafo ${n}`,
      attributedTo: (who: string) => `Atribuido a: ${who}`,
      when: (dates: string) => `Cuándo: ${dates}`,
      source: (name: string, outlet: string, reported: string) =>
        `Fuente: ${name}; medio: ${outlet}; publicado ${reported}`,
      fact: (id: string, kind: string) => `Dato: ${id} (${kind})`,
      confidence: (confidence: string, version: string) =>
        `Confianza ${confidence} · base de datos ${version}`,
      alsoAnswers: (statement: string, id: string) =>
        `También responde casi igual de bien: ${statement} [${id}]`,
      related: 'Relacionados:',
      banner: (facts: number, sources: number, version: string) =>
        `factdesk (sin conexión): ${facts} datos con fuente de ${sources} ${plural('es', sources, { one: 'fuente', other: 'fuentes' })}, base de datos ${version}.`,
      bannerAsk:
        'Pregunta sobre las negociaciones migratorias de 2024 entre Estados Unidos y México; Ctrl+D para salir.',
      bannerBot:
        'Para usar el bot de Discord, define DISCORD_TOKEN y DISCORD_APPLICATION_ID en .env (ver README, "Connecting to Discord").',
    },
    helpTitle: 'Comandos de factdesk',
    helpIntro:
      'factdesk responde preguntas sobre las negociaciones migratorias de principios de 2024 entre Estados Unidos y México solo con datos con fuente. Las respuestas son privadas salvo que las compartas.',
    help: {
      ask: '/preguntar pregunta: — el dato con fuente que responde a tu pregunta, o un honesto «no está en el registro».',
      policies:
        '/políticas [política:] — las políticas con fechas y estado; nombra una («Título 42») para ver sus citas.',
      figures: '/cifras [tema:] — los números con lo que cuentan y quién los dio; nombra uno («30.000»).',
      timeline:
        '/cronología [desde:] [hasta:] — los hechos en orden; desde y hasta admiten 2023, 2023-12 o 2023-12-30.',
      positions: '/posiciones [lado:] — lo que Estados Unidos y México piden y dicen, o un solo lado.',
      who: '/quién [actor:] — las personas e instituciones del registro, o todo lo que dice de una («AMLO»).',
      source: '/fuente [dato:] [párrafo:] — el párrafo fuente de un dato, con la cita en negrita.',
      summary:
        '/resumen [tema:] [canal:] [actualizar:] [idioma:] — los moderadores previsualizan, publican y luego actualizan un resumen.',
      about: '/acerca-de — las fuentes, cuántos datos hay, las versiones y cómo responde factdesk.',
      help: '/ayuda — esta lista.',
      reload: '/recargar — los dueños del bot recargan la base de datos desde sus archivos.',
      gaps: '/vacíos [descartar:] [respondida: dato:] — los moderadores ven las preguntas sin respuesta y las marcadas, y actúan sobre ellas.',
      stats:
        '/estadísticas [días:] — los moderadores ven preguntas, respuestas, opiniones y los datos más usados en este servidor.',
      settings:
        '/ajustes [visibilidad:] [canal_resumen:] [espera_compartir:] [espera_resumen:] [idioma:] [restablecer:] — quienes gestionan el servidor ven y cambian aquí los ajustes de factdesk.',
      'Find sourced facts':
        'Aplicaciones → Buscar datos con fuente (en un mensaje) — responde a la pregunta de ese mensaje.',
    },
  },
  PROVENANCE: {
    outletNotStated: (note?: string) => `no consta en la copia${note ? `; ${note}` : ''}`,
    untitled: (label?: string) =>
      label ? `sin título; etiqueta del curador: ${label}` : 'documento sin título',
    dateNotStated: 'fecha no indicada',
    paragraphCounted: (received: readonly number[]) =>
      `contado en la copia sin duplicados; ${plural('es', received.length, { one: 'párrafo', other: 'párrafos' })} ${received.join(' y ')} de la copia recibida`,
    paragraphMapping: (entries: readonly { n: number; received: readonly number[] }[]) =>
      `los números ¶ cuentan la copia sin duplicados; en la copia recibida, ${entries
        .map(
          ({ n, received }) =>
            `¶${n} es ${plural('es', received.length, { one: 'el párrafo', other: 'los párrafos' })} ${received.join(' y ')}`,
        )
        .join(', ')}.`,
    paragraphNumbers: 'Números de párrafo',
    curatorNote: 'Nota del curador',
    corrected: 'Corregido',
    correctedOn: (date: string, note: string) => `Corregido el ${date}: ${note}`,
    corrections: 'Correcciones de este dato',
    earlierReported: 'Informado antes',
    superseded: 'Reemplazado',
    supersededBy: (id: string) => `Una fuente posterior cambió este dato: ver el dato ${id}.`,
    earlierReportedLine: (statement: string, reported: string) => `${statement} (publicado ${reported})`,
    citationStyles: { standard: 'Estándar', apa: 'APA', chicago: 'Chicago' },
    sourceLine: (name: string, outlet: string, reported: string) =>
      `${name}; medio: ${outlet}; publicado ${reported}`,
    dateParts: {
      early: (date: string) => `principios de ${date}`,
      mid: (date: string) => `mediados de ${date}`,
      late: (date: string) => `finales de ${date}`,
    },
    about: (date: string) => `hacia ${date}`,
    yearInferred: (date: string) => `${date} (año inferido del texto)`,
    dateInferred: (date: string) => `${date} (fecha inferida del texto)`,
    dated: (date: string, role: string) => `${date} — ${role}`,
  },
  CURATION_TEXT: {
    unansweredTitle: 'Preguntas que el registro no pudo responder',
    flaggedTitle: 'Respuestas marcadas como incorrectas',
    noneOpen: 'No hay ninguna pendiente en este servidor.',
    gapsHelp:
      'Actúa sobre una entrada por su número: `/vacíos descartar:#` elimina su grupo; `/vacíos respondida:# dato:…` registra sus preguntas como formulaciones de ese dato para los curadores (`npm run curation:export`).',
    seen: (count: number, first: string, last: string) => `${count}× · primera vez ${first} · última ${last}`,
    also: (questions: string) => `también: ${questions}`,
    flaggedFact: (fact: string) => `dato: ${fact}`,
    closestFact: (fact: string) => `dato más cercano: ${fact}`,
    noFactClose: 'ningún dato se acerca',
    reason: (text: string) => `motivo: «${text}»`,
    statsTitle: (days: number) => `factdesk en este servidor, últimos ${days} días`,
    asked: (n: number) => `Preguntas recibidas: ${n}`,
    answered: (n: number, share: string) => `Respondidas: ${n} (${share})`,
    declined: (n: number, share: string) => `Sin respuesta: ${n} (${share})`,
    feedback: (votes, answers, share, helpful, unhelpful, wrong) =>
      `Opiniones: ${votes} sobre ${answers} ${plural('es', answers, { one: 'respuesta', other: 'respuestas' })} (${share}) — útil ${helpful}, no útil ${unhelpful}, dato equivocado ${wrong}`,
    topFacts: 'Datos más usados:',
    noneYet: '(ninguno todavía)',
  },
  SETTINGS_TEXT: {
    title: 'Ajustes de factdesk en este servidor',
    howToChange:
      'Cambia uno con `/ajustes visibilidad:`, `canal_resumen:`, `espera_compartir:`, `espera_resumen:` o `idioma:`; `/ajustes restablecer:` devuelve uno (o todos) al valor por defecto.',
    unavailable:
      'Los ajustes no están disponibles en este momento (no se puede acceder a la base de datos del bot): estos son los valores por defecto de la instalación, que rigen hasta que vuelva. Mientras tanto no se puede cambiar nada.',
    names: {
      replyVisibility: 'Visibilidad de las respuestas',
      summaryChannelId: 'Canal de resúmenes',
      cooldownPublicSeconds: 'Espera entre respuestas compartidas',
      cooldownSummarySeconds: 'Espera entre resúmenes',
      language: 'Idioma',
    },
    visibility: {
      private: 'privada — solo quien pregunta ve la consulta, salvo que la comparta',
      public: 'pública — las consultas se publican en el canal, salvo que la persona pregunte en privado',
    },
    language: {
      en: 'Inglés',
      es: 'Español',
      auto: 'auto — el idioma de Discord de cada persona; si no, el del servidor; si no, el de la pregunta',
    },
    summaryHere: 'el canal donde se usa /resumen',
    channel: (id: string) => `<#${id}>`,
    seconds: (n: number) => (n === 0 ? 'desactivada' : `${n} s por persona`),
    own: 'elegido por este servidor',
    byDefault: 'valor por defecto de la instalación',
  },
};

/** The Spanish name and description of a command, and of its options and their choices by value. */
export interface CommandLocalization {
  name: string;
  /** Absent for a message command, which has none. */
  description?: string;
  options?: Record<string, { name: string; description: string; choices?: Record<string, string> }>;
}

const SHARE = {
  name: 'compartir',
  description: 'Publicar la respuesta en el canal para todos (por defecto: solo la ves tú)',
};

/**
 * Every command in Spanish, by its English name. Names follow Discord's rules for slash commands
 * (lowercase, no spaces, at most 32 characters); a test checks each against the definitions.
 */
export const SPANISH_COMMANDS: Record<string, CommandLocalization> = {
  ask: {
    name: 'preguntar',
    description: 'Pregunta sobre las negociaciones migratorias EE. UU.–México de 2024; solo datos con fuente',
    options: {
      question: { name: 'pregunta', description: 'Tu pregunta, en español o en inglés' },
      share: SHARE,
    },
  },
  policies: {
    name: 'políticas',
    description: 'Las políticas del registro, con sus fechas y su estado',
    options: {
      policy: { name: 'política', description: 'Mostrar una política en detalle, como Título 42' },
      share: SHARE,
    },
  },
  figures: {
    name: 'cifras',
    description: 'Los números del registro, con unidad, periodo y quién los dio',
    options: {
      topic: { name: 'tema', description: 'Mostrar una cifra en detalle, como 30.000' },
      share: SHARE,
    },
  },
  timeline: {
    name: 'cronología',
    description: 'Los hechos con fecha, en orden, tan precisos como los dan las fuentes',
    options: {
      from: { name: 'desde', description: 'Fecha más temprana, como 2023-12 o 2023-12-30' },
      to: { name: 'hasta', description: 'Fecha más tardía, como 2024 o 2024-01' },
      share: SHARE,
    },
  },
  positions: {
    name: 'posiciones',
    description: 'Lo que Estados Unidos y México piden y dicen, lado a lado',
    options: {
      side: {
        name: 'lado',
        description: 'Solo un lado, o ambos (por defecto)',
        choices: { us: 'Estados Unidos', mexico: 'México', both: 'Ambos' },
      },
      share: SHARE,
    },
  },
  who: {
    name: 'quién',
    description: 'Las personas e instituciones del registro y lo que dice de cada una',
    options: {
      actor: { name: 'actor', description: 'Una persona o institución, como AMLO o ICE' },
      share: SHARE,
    },
  },
  source: {
    name: 'fuente',
    description: 'El párrafo original de un dato, con su cita',
    options: {
      fact: { name: 'dato', description: 'El dato cuya fuente mostrar, como Título 42' },
      paragraph: { name: 'párrafo', description: 'Un número de párrafo de la fuente' },
      document: { name: 'documento', description: 'Qué documento fuente (por defecto: el primero)' },
      share: SHARE,
    },
  },
  summary: {
    name: 'resumen',
    description: 'Previsualizar y publicar en un canal un resumen de datos con fuente (moderadores)',
    options: {
      topic: {
        name: 'tema',
        description: 'overview, policies, figures, timeline, positions, who, o un tema en tus palabras',
      },
      channel: { name: 'canal', description: 'Dónde publicarlo (por defecto: este canal)' },
      update: {
        name: 'actualizar',
        description: 'Enlace a un resumen que publicó factdesk, para actualizarlo (indica también su tema)',
      },
      language: {
        name: 'idioma',
        description: 'En qué idioma publicarlo (por defecto: el del servidor)',
        choices: { en: 'Inglés', es: 'Español' },
      },
    },
  },
  about: {
    name: 'acerca-de',
    description: 'Qué sabe factdesk, de dónde lo saca y cómo responde',
    options: { share: SHARE },
  },
  help: {
    name: 'ayuda',
    description: 'Qué hace cada comando de factdesk, en una línea',
    options: { share: SHARE },
  },
  reload: {
    name: 'recargar',
    description: 'Recargar la base de datos desde sus archivos (dueños del bot)',
  },
  gaps: {
    name: 'vacíos',
    description:
      'Preguntas que el registro no pudo responder y respuestas marcadas como erróneas (moderadores)',
    options: {
      dismiss: {
        name: 'descartar',
        description: 'Descartar esta entrada (#12) y las preguntas agrupadas con ella',
      },
      answered: {
        name: 'respondida',
        description:
          'Marcar esta entrada (#12) como respondida por `dato`: sus preguntas van a los curadores',
      },
      fact: { name: 'dato', description: 'El dato que responde a la entrada indicada en `respondida`' },
    },
  },
  stats: {
    name: 'estadísticas',
    description: 'Cómo se usa factdesk en este servidor: preguntas, respuestas, opiniones (moderadores)',
    options: {
      days: {
        name: 'días',
        description: 'En los últimos 7 (por defecto) o 30 días',
        choices: { '7': '7 días', '30': '30 días' },
      },
    },
  },
  settings: {
    name: 'ajustes',
    description: 'Ver o cambiar los ajustes de factdesk en este servidor (gestores del servidor)',
    options: {
      visibility: {
        name: 'visibilidad',
        description: 'Quién ve una consulta por defecto: solo quien pregunta, o el canal',
        choices: { private: 'privada', public: 'pública' },
      },
      summary_channel: {
        name: 'canal_resumen',
        description: 'Dónde publica /resumen cuando no se indica canal',
      },
      cooldown_public: {
        name: 'espera_compartir',
        description: 'Segundos que espera una persona entre respuestas compartidas; 0 lo desactiva',
      },
      cooldown_summary: {
        name: 'espera_resumen',
        description: 'Segundos que espera una persona entre resúmenes publicados; 0 lo desactiva',
      },
      language: {
        name: 'idioma',
        description:
          'Idioma de las respuestas: inglés, español o auto (el idioma de Discord de cada persona)',
        choices: { en: 'Inglés', es: 'Español', auto: 'auto' },
      },
      reset: {
        name: 'restablecer',
        description: 'Devolver un ajuste (o todos) al valor por defecto',
        choices: {
          visibility: 'visibilidad',
          summary_channel: 'canal_resumen',
          cooldown_public: 'espera_compartir',
          cooldown_summary: 'espera_resumen',
          language: 'idioma',
          all: 'todos',
        },
      },
    },
  },
  'Find sourced facts': { name: 'Buscar datos con fuente' },
};
