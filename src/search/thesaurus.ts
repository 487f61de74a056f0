// The vocabulary that lets chat phrasing meet the curated text: concepts with their English and Spanish
// variants, stop words, and chat shorthand. Both questions and fact text go through it, so a variant only has
// to be listed once to work in either direction. Variants are written normalized: lowercase, no accents.

/**
 * Concept → variants. Every variant (one or more words) found in a text is replaced by the concept's token;
 * a variant listed under several concepts yields all of them ("kick out" is both a deportation and an
 * expulsion). Concepts are about the subject matter, not the wording of any one question.
 */
// prettier-ignore
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  amlo: ['amlo', 'obrador', 'lopez obrador', 'andres manuel lopez obrador', 'andres manuel', 'mexican president',
    'president of mexico', 'mexico president', 'presidente de mexico', 'presidente mexicano'],
  blinken: ['blinken', 'antony blinken', 'tony blinken', 'secretary of state', 'secretario de estado',
    'state department', 'departamento de estado'],
  mayorkas: ['mayorkas', 'alejandro mayorkas'],
  dhs: ['dhs', 'homeland security', 'department of homeland security', 'seguridad nacional'],
  biden: ['biden', 'joe biden', 'white house', 'casa blanca'],
  trump: ['trump', 'donald trump'],
  inm: ['inm', 'national institute of migration', 'instituto nacional de migracion', 'mexican immigration agency',
    'mexico immigration agency', 'instituto de migracion'],
  ice: ['ice', 'immigration and customs enforcement'],
  congress: ['congress', 'capitol hill', 'lawmakers', 'lawmaker', 'legislators', 'legislature', 'senate', 'congreso',
    'legisladores', 'legislativo'],
  republican: ['republican', 'republicans', 'gop', 'republicanos', 'republicano'],
  democrat: ['democrat', 'democrats', 'dems', 'democratic', 'democratas', 'democrata'],
  nbc: ['nbc', 'nbc news'],
  official: ['official', 'officials', 'funcionario', 'funcionarios', 'authorities', 'autoridades', 'representatives',
    'representantes', 'insiders', 'sources', 'fuentes'],
  outlet: ['outlet', 'network', 'publication', 'news organization', 'newspaper', 'cadena', 'medio',
    'television network'],
  administration: ['team', 'cabinet', 'administration', 'administracion', 'gobierno', 'government', 'white house', 'casa blanca'],
  us: ['united states', 'u s', 'usa', 'america', 'american', 'americans', 'estados unidos', 'eeuu', 'ee uu', 'eua',
    'estadounidense', 'washington'],
  washington: ['washington'],
  mexico: ['mexico', 'mexican', 'mexicans', 'mexicano', 'mexicanos', 'mexicana', 'mexicanas'],
  venezuela: ['venezuela', 'venezuelan', 'venezuelans', 'venezolano', 'venezolanos', 'venezolana'],
  guatemala: ['guatemala', 'guatemalan', 'guatemalans', 'guatemalteco', 'guatemaltecos'],
  juarez: ['juarez', 'ciudad juarez', 'cd juarez'],
  country: ['country', 'countries', 'nation', 'nations', 'pais', 'paises', 'nacion', 'naciones'],
  city: ['city', 'cities', 'town', 'towns', 'ciudad', 'ciudades', 'municipio', 'municipios'],
  south: ['south', 'southern', 'sur'],
  north: ['north', 'northern', 'norte'],
  title42: ['title 42', 'titulo 42', 'title xlii', 't42'],
  remaininmexico: ['remain in mexico', 'quedate en mexico', 'permanecer en mexico', 'mpp',
    'migrant protection protocols'],
  policy: ['policy', 'policies', 'rule', 'rules', 'decree', 'strategy', 'program', 'programme', 'measure',
    'measures', 'politica', 'politicas', 'regla', 'reglas', 'decreto', 'medida', 'medidas', 'programa', 'estrategia'],
  publichealth: ['public health', 'salud publica', 'health order', 'health decree'],
  covid: ['covid', 'covid 19', 'coronavirus', 'pandemic', 'epidemic', 'pandemia', 'epidemia'],
  asylum: ['asylum', 'asilo', 'asylum seekers', 'asylum seeker', 'seeking asylum', 'seek asylum',
    'solicitantes de asilo'],
  flight: ['flight', 'flights', 'plane', 'planes', 'airlift', 'vuelo', 'vuelos', 'avion', 'aviones'],
  border: ['border', 'borders', 'frontera', 'fronteras', 'fronteriza', 'fronterizo', 'boundary'],
  enforce: ['aplicacion de la ley', 'law enforcement', 'enforcement', 'enforce', 'enforcing', 'crackdown', 'crack down', 'patrol', 'patrols', 'patrolling',
    'policing', 'vigilancia', 'control', 'controls', 'patrullaje', 'patrullar', 'security', 'seguridad'],
  migrant: ['migrant', 'migrants', 'immigrant', 'immigrants', 'migration', 'immigration', 'migrante', 'migrantes',
    'inmigrante', 'inmigrantes', 'migracion', 'inmigracion', 'migratorio', 'migratoria', 'refugee', 'refugees',
    'refugiados', 'refugiado', 'crossings', 'crossers', 'arrivals', 'people', 'persons', 'personas', 'gente'],
  deport: ['deport', 'deports', 'deported', 'deporting', 'deportation', 'deportations', 'deportar', 'deportacion',
    'deportaciones', 'deportados', 'deportando', 'deportan', 'deporta', 'kick out', 'kicked out', 'kicking out',
    'removal', 'removals'],
  expel: ['expel', 'expels', 'expelled', 'expelling', 'expulsion', 'expulsions', 'expulsar', 'expulsiones',
    'kick out', 'kicked out', 'kicking out', 'driven out', 'drive out', 'drove out', 'pushed out', 'push out',
    'pushing out', 'forced out', 'force out', 'thrown out', 'throw out', 'threw out', 'expulsados', 'echados'],
  return: ['take back', 'taken back', 'taking back', 'takes back', 'took back', 'accept back', 'accepted back',
    'accepting back', 'welcome back', 'welcomed back', 'send back', 'sent back', 'sending back', 'sends back',
    'return', 'returns', 'returned', 'returning', 'readmit', 'readmission', 'devolver', 'devoluciones', 'devueltos',
    'retorno', 'retornos', 'recibir de vuelta', 'de vuelta', 'recibe de vuelta', 'aceptar de vuelta', 'receive back', 'received back', 'recibir',
    'aceptar', 'acepto'],
  pressure: ['pressure', 'pressuring', 'pressured', 'pressing', 'push', 'pushing', 'squeeze', 'squeezing',
    'squeezed', 'lean on', 'leaning on', 'strong arm', 'strong arming', 'presion', 'presionar', 'presiona',
    'presionando'],
  funding: ['money', 'cash', 'funding', 'fund', 'funds', 'funded', 'financial', 'finance', 'financing', 'dollars',
    'paid', 'pay', 'paying', 'payment', 'payments', 'dinero', 'fondos', 'financiamiento', 'financiera', 'financiero',
    'pago', 'pagar', 'plata', 'lana', 'budget', 'presupuesto'],
  help: ['help', 'helping', 'assist', 'assistance', 'assisting', 'support', 'aid', 'backing', 'cooperation',
    'cooperate', 'ayuda', 'ayudar', 'apoyo', 'asistencia', 'cooperacion', 'cooperar'],
  demand: ['demand', 'demands', 'ask', 'asks', 'wants', 'want', 'wanted', 'wish', 'wishlist', 'wish list', 'request',
    'requests', 'requested', 'require', 'requires', 'required', 'exige', 'exigen', 'exigencias', 'demandas', 'pide',
    'piden', 'pedir', 'quiere', 'quieren', 'peticiones', 'solicitudes', 'conditions', 'condiciones'],
  pledge: ['promise', 'promised', 'promises', 'pledge', 'pledged', 'pledges', 'commit', 'commitment', 'commitments',
    'committed', 'guarantee', 'guarantees', 'vow', 'vowed', 'promesa', 'promesas', 'prometio', 'compromiso',
    'comprometio', 'garantia', 'garantias'],
  talks: ['discuss', 'discussed', 'discussing', 'talks', 'negotiation', 'negotiations', 'negotiate', 'negotiating', 'negotiators', 'discussions',
    'discussion', 'meeting', 'meetings', 'met', 'conversations', 'dialogue', 'summit', 'negociacion',
    'negociaciones', 'negociar', 'conversaciones', 'platicas', 'reunion', 'reuniones', 'dialogo', 'negotiated'],
  visit: ['visit', 'visited', 'visiting', 'trip', 'traveled', 'travelled', 'travel', 'went to', 'viaje', 'visita',
    'viajaron', 'visitaron'],
  resume: ['resume', 'resumed', 'resuming', 'restart', 'restarted', 'restarting', 'reanudar', 'reanudan',
    'reanudaran', 'retomar', 'reanudacion', 'next round'],
  preliminary: ['preliminary', 'initial', 'exploratory', 'conclusive', 'inconclusive', 'definitive', 'preliminar',
    'preliminares', 'concluyentes'],
  specific: ['specific', 'concrete', 'exact', 'precise', 'firm', 'definite', 'concreto', 'concretas', 'especifico',
    'especificas', 'firmes'],
  willing: ['eager', 'willing', 'willingness', 'keen', 'ready', 'dispuesto', 'dispuesta', 'disposicion'],
  reluctant: ['reluctant', 'reluctance', 'unwilling', 'refuse', 'refuses', 'refusing', 'wont', 'reacio', 'renuente',
    'reticencia'],
  shelve: ['shelved', 'shelve', 'set aside', 'sidelined', 'back seat', 'backseat', 'back burner', 'backburner',
    'on hold', 'paused', 'deprioritized', 'dejo de lado', 'dejar de lado', 'dejado de lado', 'dejaron de lado',
    'en pausa', 'archivado', 'pospuesto'],
  increase: ['increase', 'increased', 'increases', 'rise', 'rose', 'risen', 'rising', 'grow', 'growth', 'grew',
    'jump', 'spike', 'scale up', 'ramp up', 'surge', 'surged', 'aumento', 'aumentar', 'aumentaron', 'subir', 'subio',
    'crecer', 'crecio', 'incremento', 'mas deportaciones', 'step up', 'stepping up', 'boost'],
  reduce: ['reduce', 'reducing', 'lower', 'curb', 'cut', 'drop', 'drops', 'decline', 'decrease', 'reducir', 'bajar',
    'disminuir', 'frenar', 'contener', 'stem'],
  end: ['end', 'ended', 'ending', 'expired', 'expire', 'termino', 'fin', 'finalizo'],
  relax: ['relax', 'relaxed', 'relaxation', 'loosen', 'loosened', 'loosening', 'lifted', 'lifting', 'eased',
    'easing', 'relajacion', 'flexibilizacion'],
  short: ['low', 'short', 'shortage', 'running out', 'ran out', 'broke', 'scarce', 'escasez', 'sin fondos', 'falta',
    'faltan', 'agotado'],
  record: ['record', 'records', 'unprecedented', 'all time high', 'historic', 'record breaking', 'highest',
    'record high', 'historico', 'sin precedentes'],
  election: ['in the white house', 'in office', 'as president', 'election', 'elections', 'reelection', 're election', 'reelect', 'reelected', 'vote', 'voting',
    'eleccion', 'elecciones', 'reeleccion', 'electoral', 'win', 'wins', 'gane', 'ganar'],
  poll: ['poll', 'polls', 'polling', 'approval', 'popularity', 'ratings', 'encuestas', 'popularidad'],
  comment: ['comment', 'comments', 'respond', 'responded', 'response', 'reply', 'replied', 'reaction', 'react',
    'comentario', 'comentar', 'respuesta', 'respondio'],
  ambitious: ['ambitious', 'ambiciosa', 'ambicioso', 'lofty', 'wishlist', 'wish list'],
  role: ['chief', 'boss', 'role', 'job', 'title', 'lead', 'leads', 'head', 'heads', 'runs', 'in charge of', 'cargo', 'puesto',
    'dirige', 'encabeza'],
  agency: ['agency', 'agencies', 'department', 'ministry', 'body', 'organization', 'office', 'dependencia',
    'secretaria', 'organismo', 'agencia'],
  wait: ['wait', 'waiting', 'waited', 'kept', 'keep', 'held', 'hold', 'stay', 'stayed', 'staying', 'housed', 'stuck',
    'esperar', 'esperaron', 'esperan', 'retenidos'],
  succeed: ['succeed', 'succeeded', 'success', 'successful', 'work', 'worked', 'works', 'effective', 'effectiveness',
    'fail', 'failed', 'failure', 'funciono', 'funcionar', 'exito', 'fracaso', 'fracaso'],
  view: ['view', 'views', 'see', 'sees', 'consider', 'considers', 'regard', 'regards', 'perceive', 'perceives',
    'se ve', 'se considera'],
  headed: ['headed', 'heading', 'bound', 'destined', 'going to', 'on their way', 'se dirigen', 'destino', 'rumbo'],
  figure: ['figure', 'figures', 'number', 'numbers', 'count', 'statistics', 'stats', 'tally', 'cifra', 'cifras',
    'numero', 'numeros', 'estadisticas'],
  fentanyl: ['fentanyl', 'fentanilo', 'fentanil', 'drug', 'drugs', 'drogas', 'droga', 'opioid', 'opioids'],
  smuggle: ['smuggling', 'smuggle', 'smuggled', 'trafficking', 'traffic', 'trafico', 'contrabando'],
  shelter: ['shelter', 'shelters', 'albergue', 'albergues', 'refugio', 'refugios'],
  camp: ['camp', 'camps', 'campamento', 'campamentos', 'encampment', 'encampments'],
  danger: ['danger', 'dangers', 'dangerous', 'risk', 'risks', 'threat', 'threats', 'violence', 'vulnerable', 'abuse',
    'abuses', 'peligro', 'peligros', 'riesgo', 'riesgos', 'violencia', 'vulnerables', 'unsafe', 'safety'],
  rape: ['rape', 'raped', 'violacion', 'violaciones', 'sexual assault', 'sexual violence'],
  torture: ['torture', 'tortured', 'tortura', 'torturas'],
  extortion: ['extortion', 'extort', 'extorted', 'extorsion', 'extorsiones'],
  kidnap: ['kidnap', 'kidnapping', 'kidnapped', 'kidnappings', 'abduction', 'abducted', 'secuestro', 'secuestros',
    'secuestrados'],
  poverty: ['poverty', 'poor', 'pobreza', 'anti poverty', 'antipoverty', 'development', 'desarrollo'],
  rootcause: ['root causes', 'root cause', 'underlying reasons', 'underlying causes', 'causas de fondo',
    'causas profundas', 'causa raiz', 'causas'],
  transit: ['transit', 'transito', 'pass through', 'corridor', 'waypoint', 'way station', 'paso'],
  resource: ['resources', 'resource', 'capacity', 'recursos', 'capacidad'],
  nationality: ['nationality', 'nationalities', 'nacionalidad', 'nacionalidades', 'countries of origin'],
  top: ['top', 'biggest', 'largest', 'most common', 'leading', 'principales', 'mayores'],
  percent: ['percent', 'percentage', 'per cent', 'pct', 'porcentaje', 'por ciento', 'share', 'proportion',
    'fraction'],
  month: ['month', 'months', 'monthly', 'mes', 'meses', 'mensual', 'mensuales', 'mensualmente'],
  week: ['week', 'weeks', 'weekly', 'semana', 'semanas', 'semanal', 'semanales', 'semanalmente'],
  year: ['year', 'years', 'yearly', 'annual', 'annually', 'ano', 'anos', 'anual', 'anualmente'],
  december: ['december', 'dec', 'diciembre', 'dic'],
  january: ['january', 'jan', 'enero'],
  may: ['may', 'mayo'],
  arrive: ['arrive', 'arriving', 'arrived', 'arrival', 'show up', 'showing up', 'shows up', 'coming', 'entering', 'enter',
    'attempting to enter', 'crossing', 'cross', 'llegan', 'llegar', 'llegada', 'ingresar', 'entrar', 'cruzar'],
  use: ['use', 'used', 'using', 'utilize', 'utilizing', 'utilized', 'rely', 'relied', 'relying', 'employ', 'employed',
    'invoke', 'invoked', 'apply', 'applied', 'usar', 'uso', 'utilizar', 'utilizo', 'aplicar', 'aplico', 'recurrir'],
  both: ['both sides', 'two sides', 'both countries', 'two countries', 'both nations', 'two nations', 'both governments',
    'both parties', 'each side', 'neither party', 'neither side', 'ambos', 'ambas', 'las dos partes', 'ambos paises',
    'los dos paises', 'ambos gobiernos'],
  stance: ['stand', 'stands', 'stance', 'position', 'positions', 'take on', 'postura', 'posicion', 'posiciones'],
  exchange: ['in exchange', 'in exchange for', 'in return', 'anything back', 'something back', 'stuff back', 'want back', 'get back', 'a cambio', 'paid', 'pay', 'paying', 'payment', 'payments',
    'pago', 'pagar', 'quid pro quo', 'trade off', 'tradeoff'],
  effect: ['effect', 'effects', 'impact', 'affect', 'affected', 'result', 'consequence', 'consequences', 'do to', 'lead to',
    'led to', 'efecto', 'efectos', 'impacto', 'consecuencia', 'consecuencias', 'resultado'],
  timeline: ['timeline', 'time line', 'chronology', 'sequence of events', 'what happened when', 'cronologia',
    'linea de tiempo', 'linea del tiempo'],
  november: ['november', 'nov', 'noviembre'],
};

/**
 * Words that carry no topic: function words, chat filler, and question words (those are read separately as
 * cues for the kind of answer wanted before being dropped). Spanish alongside English.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are aren as at be been before being below between both but by
  can could did do does doing done down during each either even every few for from further get gets getting got
  had has have having he her here hers him his how i if in into is it its itself just me more most much many my
  no nor not now of off on once only or other our out own same she should so some such than that the their them
  then there these they this those through to too under until up us very was we were what whats when where which
  while who whom whose why will with would you your yours yourself let lets
  hey hi hello yo pls please plz thanks thx lol ok okay u ur r im ive id dont doesnt didnt isnt arent wasnt gonna wanna gotta
  brb ngl tbh idk imo imho btw lowkey kinda sorta tryna omg smh bruh fyi afaik iirc lmao haha
  name names called nombre llama
  among amongst across along behind beside beyond despite inside outside onto toward towards
  upon via within without throughout amid mismo misma mismos mismas
  like really actually basically literally tell explain know think say said says saying mean question
  article piece story per according mention mentioned mentions anyone someone something thing things stuff right
  go going make made still well yeah nah yes or just eli5 tldr tl dr quick quickly exactly kind sort bit
  happen happens happened happening went goes come came give gave take took put need needs
  roughly approximately about around currently anyway honestly seriously simply overall generally
  guys folks everyone anybody somebody wondering wonder curious confused remind summary summarize summarise
  lot lots whole part pretty quite rather bunch
  good bad badly big small little large huge great real really true local general new old first last
  other another different same certain whole full entire main major minor important serious simple easy hard
  wrong right sure clear likely able exact several single own special recent recently ever never always often
  sometimes soon later already yet again instead maybe perhaps probably possibly definitely totally fully mostly
  stay keep try trying tried look looking looks seem seems seemed find found show shows showed feel felt
  think thought believe understand understood learn read hear heard talk talking talked argue arguing
  el la los las un una unos unas de del al en y o que por para con sin se su sus es son fue fueron ser esta
  este esto estos estas eso esa como cual cuales cuanto cuantos cuanta cuantas quien quienes cuando donde porque
  lo le les mi te tu ya hay ha han muy mas pero si ni sobre entre hasta desde tema ahora dice dijo segun articulo
  fue era sido estan estaba esto aqui alli asi tambien solo bien otro otra otros otras nos`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * What a concept in a fact's text implies, added to the fact's terms only: a fact that names Title 42 is
 * about the Covid-era expulsions even where its sentence does not say so, so a question that describes the
 * policy instead of naming it still finds it. Questions are not expanded, so they are not made harder to cover.
 */
export const IMPLIES: Readonly<Record<string, readonly string[]>> = {
  title42: ['covid', 'expel', 'publichealth', 'policy'],
  remaininmexico: ['asylum', 'wait', 'camp', 'policy', 'trump'],
  amlo: ['mexico', 'administration'],
  biden: ['us', 'administration'],
  trump: ['us'],
  blinken: ['us', 'role'],
  mayorkas: ['dhs', 'us', 'role'],
  dhs: ['agency', 'us'],
  inm: ['agency', 'mexico', 'migrant'],
  ice: ['agency', 'us', 'deport'],
  congress: ['us'],
  juarez: ['city', 'mexico'],
  tijuana: ['city', 'mexico'],
  reynosa: ['city', 'mexico'],
  venezuela: ['nationality'],
};

/**
 * Concepts that name a country. A fact named for one country's thing ("US presidential election") does
 * not answer a question about another's ("Mexico's presidential election"), however alike the words.
 */
export const COUNTRIES: readonly string[] = ['us', 'mexico', 'venezuela', 'guatemala'];

/**
 * What each kind of fact is about, added to its terms like IMPLIES: "give me the timeline" is a question
 * for the events, "where does Mexico stand" one for the positions.
 */
export const KIND_IMPLIES: Readonly<Record<string, readonly string[]>> = {
  event: ['timeline'],
  position: ['stance'],
  policy: ['policy'],
  figure: ['figure'],
  actor: ['role'],
  sourcing: ['official'],
};

/**
 * Question phrasings that only say what kind of answer is wanted ("what month", "how many"): read as cues,
 * then dropped, so they do not count as topics the fact has to explain.
 */
// prettier-ignore
export const QUESTION_PHRASES: readonly string[] = [
  'what month', 'which month', 'what year', 'which year', 'what date', 'which date', 'what day', 'what time',
  'how many', 'how much', 'how long', 'how often', 'que mes', 'que ano', 'que fecha', 'que dia',
];

/**
 * A request for the bot's own opinion or judgement ("what do you think", "is AMLO right to…"), matched on
 * normalized words. factdesk reports what sources said; it has no view of its own to give.
 */
export const OPINION_REQUEST =
  /\b(?:your (?:honest |personal |own )?(?:opinion|view|take|thoughts|stance)|what do you think|do you (?:think|believe|agree|feel)|(?:is|was|are|were) \w+(?: \w+)? right to|who is right|whos right|should (?:i|we) (?:support|believe|trust)|tu opinion|que opinas|que piensas|crees que)\b/;

/** Chat shorthand expanded before anything else ("4" in "dangers 4 migrants" is "for"). */
export const SHORTHAND: Readonly<Record<string, string>> = {
  '4': 'for',
  b4: 'before',
  bc: 'because',
  cuz: 'because',
  w: 'with',
  wat: 'what',
  wut: 'what',
  hw: 'how',
  gettin: 'getting',
  tho: 'though',
  govt: 'government',
  ppl: 'people',
  rn: 'now',
  fr: 'really',
  rly: 'really',
  gov: 'government',
  abt: 'about',
  bout: 'about',
  nxt: 'next',
  yr: 'year',
  yrs: 'years',
  thru: 'through',
  wich: 'which',
  whos: 'who',
  whens: 'when',
  wheres: 'where',
  hows: 'how',
  mx: 'mexico',
};

/** Number words, English and Spanish, for reading "thirty thousand" or "treinta mil" as 30000. */
// prettier-ignore
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dos: 2,
  tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, veinte: 20,
  treinta: 30, cuarenta: 40, cincuenta: 50,
};

/** Multipliers that scale the number before them ("thirty thousand", "un millon"). */
// prettier-ignore
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  hundred: 100, cien: 100, cientos: 100, thousand: 1000, mil: 1000, million: 1_000_000, millon: 1_000_000,
  millones: 1_000_000, k: 1000, m: 1_000_000,
};
