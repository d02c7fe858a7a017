/**
 * The printed documents' own words (titles, labels, "Page 1 of 3"), in English and Spanish. What
 * the documents say about organizations and scripts comes from the content pack; only the frame
 * around it lives here.
 */
import type { Language, Region } from '../../common/content';
import type { DocumentKind, HandoutLegislator } from '../../common/documents';
import { fillSlots } from './text';

const TEXT = {
  pageOf: { en: 'Page {page} of {pages}', es: 'Página {page} de {pages}' },
  infoAsOf: { en: 'Information as of {date}', es: 'Información al {date}' },
  waysToHelp: { en: 'Ways to take action', es: 'Formas de actuar' },
  scanToVisit: {
    en: 'Scan a code with your phone’s camera to visit the organization’s website.',
    es: 'Escanee un código con la cámara de su teléfono para visitar el sitio web de la organización.',
  },
  kioskInvite: {
    en: 'At the kiosk: find organizations, call your legislators, and sign up to be contacted.',
    es: 'En el quiosco: encuentre organizaciones, llame a sus legisladores e inscríbase para que se comuniquen con usted.',
  },
  website: { en: 'Website', es: 'Sitio web' },
  phone: { en: 'Phone', es: 'Teléfono' },
  howToHelp: { en: 'How to help', es: 'Cómo ayudar' },
  // Call-script handouts.
  callerName: { en: 'Your name', es: 'Su nombre' },
  callerTown: { en: 'Your town', es: 'Su ciudad o pueblo' },
  legislator: { en: 'Legislator', es: 'Legislador(a)' },
  legislatorPhone: { en: 'Office phone', es: 'Teléfono de la oficina' },
  whyCall: { en: 'Why call', es: 'Por qué llamar' },
  whatToSay: { en: 'What to say', es: 'Qué decir' },
  explanationEs: { en: 'What the call says', es: 'Lo que dice la llamada (explicación en español)' },
  speakInEnglish: { en: 'What to say', es: 'Lo que va a decir (en inglés, por teléfono)' },
  billsHeading: { en: 'The bills', es: 'Los proyectos de ley' },
  billCurrent: { en: '{numbers} · {session} · as of {date}', es: '{numbers} · {session} · al {date}' },
  billStale: {
    en: 'Old numbers: {numbers} · {session} · no longer current, do not use them.',
    es: 'Números antiguos: {numbers} · {session} · ya no vigentes, no los use.',
  },
  billsAsOf: {
    en: 'Bill numbers change when a bill is filed again in a new session. These are the latest we know, as of the dates shown.',
    es: 'Los números cambian cuando un proyecto se vuelve a presentar en una nueva sesión. Estos son los más recientes que conocemos, según las fechas indicadas.',
  },
  cutHere: { en: 'cut here', es: 'corte aquí' },
  titleChoice: { en: 'Representative/Senator', es: 'representante/senador(a)' },
  chamberChoice: { en: 'House/Senate', es: 'Cámara/Senado' },
  chamberHouse: { en: 'House', es: 'Cámara de Representantes' },
  chamberSenate: { en: 'Senate', es: 'Senado' },
  // Paper sign-up sheet.
  signupIntro: {
    en: 'Please print clearly. Tick a box only if you agree; leave it empty if you do not.',
    es: 'Escriba con letra clara, en letra de molde. Marque una casilla solo si está de acuerdo; si no, déjela en blanco.',
  },
  consentEmailLabel: { en: 'Email OK', es: 'Correo OK' },
  consentSmsLabel: { en: 'Texts OK', es: 'Textos OK' },
  consentShareLabel: { en: 'Organizations', es: 'Organizaciones' },
  shareWhom: { en: 'the organizations whose numbers I write', es: 'las organizaciones cuyos números anoto' },
  organizationKey: { en: 'Organizations (write their numbers):', es: 'Organizaciones (anote sus números):' },
  columnNumber: { en: '#', es: 'N.º' },
  columnFirstName: { en: 'First name', es: 'Nombre' },
  columnLastName: { en: 'Last name', es: 'Apellido(s)' },
  columnEmail: { en: 'Email', es: 'Correo electrónico' },
  columnPhone: { en: 'Phone', es: 'Teléfono' },
  columnZip: { en: 'ZIP', es: 'Código postal' },
  columnOrganizations: { en: 'Organizations (numbers)', es: 'Organizaciones (números)' },
  // The data steward's recovery sheet.
  recoveryKey: { en: 'Data key {keyId} · made {date}', es: 'Clave de datos {keyId} · creada el {date}' },
  recoveryCodeLabel: { en: 'Recovery code', es: 'Código de recuperación' },
  recoveryWhatHeading: { en: 'What it is for', es: 'Para qué sirve' },
  recoveryWhat: {
    en: "The people who sign up at the kiosk are sealed with this event's data key. Only the data steward's passphrase, or this code, opens them. Use this code in the organizer console (Data key, Unlock with the recovery code) if the passphrase is forgotten.",
    es: 'Las personas que se inscriben en el quiosco quedan selladas con la clave de datos de este evento. Solo la frase de contraseña de la persona responsable de los datos, o este código, las abre. Use este código en la consola de organizadores (Clave de datos, Abrir con el código de recuperación) si se olvida la frase de contraseña.',
  },
  recoveryWhereHeading: { en: 'Where to keep it', es: 'Dónde guardarla' },
  recoveryWhere: {
    en: 'Somewhere locked, away from the kiosk laptop and its bag: anyone holding this code and a copy of the kiosk’s data can read every sign-up. Do not photograph it, email it or save it on a computer.',
    es: 'En un lugar bajo llave, lejos de la computadora del quiosco y de su bolsa: quien tenga este código y una copia de los datos del quiosco puede leer todas las inscripciones. No le tome fotos, no la envíe por correo ni la guarde en una computadora.',
  },
  recoveryLostHeading: { en: 'If it is lost', es: 'Si se pierde' },
  recoveryLost: {
    en: 'If both the passphrase and this code are lost, these sign-ups can never be opened, by us or by anyone. The kiosk can start a new data key for new sign-ups.',
    es: 'Si se pierden la frase de contraseña y este código, estas inscripciones no se podrán abrir nunca, ni por nosotros ni por nadie. El quiosco puede crear una nueva clave de datos para las nuevas inscripciones.',
  },
  recoveryScan: { en: 'The same code, to scan', es: 'El mismo código, para escanear' },
} as const satisfies Record<string, Record<Language, string>>;

export type PdfTextKey = keyof typeof TEXT;

/** A chrome text in `language`, with `{name}` slots filled from `values`. */
export function pdfText(key: PdfTextKey, language: Language, values: Record<string, string | number> = {}): string {
  return fillSlots(TEXT[key][language], values);
}

/** Congress's and the legislature's English titles, as a Spanish sentence says them. */
const TITLES: Record<string, Record<Exclude<Language, 'en'>, string>> = {
  senator: { es: 'senador(a)' },
  representative: { es: 'representante' },
  delegate: { es: 'delegado(a)' },
  'resident commissioner': { es: 'comisionado(a) residente' },
  'state senator': { es: 'senador(a) estatal' },
  'state representative': { es: 'representante estatal' },
};

/**
 * A handout legislator's title in `language`: as the organizer's console gave it, else the usual
 * translation of the English title, else the English title (a name the console never offers).
 */
export function legislatorTitle(legislator: Pick<HandoutLegislator, 'title' | 'titles'>, language: Language): string {
  const given = legislator.titles?.[language];
  if (given) return given;
  if (language === 'en') return legislator.title;
  return TITLES[legislator.title.trim().toLowerCase()]?.[language] ?? legislator.title;
}

const DOCUMENT_TITLES: Record<DocumentKind, Record<Language, string>> = {
  flyer: { en: 'Event flyer', es: 'Volante del evento' },
  directory: { en: 'Organization directory', es: 'Directorio de organizaciones' },
  script: { en: 'Call script', es: 'Guion para llamar' },
  'signup-sheet': { en: 'Sign-up sheet', es: 'Hoja de inscripción' },
  'recovery-sheet': { en: 'Data key recovery sheet', es: 'Hoja de recuperación de la clave de datos' },
};

export function documentTitle(kind: DocumentKind, language: Language): string {
  return DOCUMENT_TITLES[kind][language];
}

// The same names the kiosk shows (src/renderer/i18n); core cannot import the renderer's catalogs.
const REGION_NAMES: Record<Region, Record<Language, string>> = {
  massachusetts: { en: 'Massachusetts', es: 'Massachusetts' },
  'new-york-city': { en: 'New York City', es: 'Ciudad de Nueva York' },
  chicago: { en: 'Chicago', es: 'Chicago' },
  'los-angeles': { en: 'Los Angeles', es: 'Los Ángeles' },
  'us-mexico-border': { en: 'U.S.–Mexico border', es: 'Frontera entre EE. UU. y México' },
  nationwide: { en: 'Nationwide', es: 'Todo el país' },
};

export function regionName(region: Region, language: Language): string {
  return REGION_NAMES[region][language];
}

/** "November 25, 2026" / "25 de noviembre de 2026", for a calendar date (YYYY-MM-DD). */
export function formatDate(isoDate: string, language: Language, withWeekday = false): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return dateFormat(language, withWeekday).format(date);
}

// Making an Intl.DateTimeFormat costs more than a millisecond: make each one once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, withWeekday: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withWeekday}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: withWeekday ? 'full' : 'long', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2:00 PM" / "2:00 p. m.", for a local time of day (HH:MM): as each language's readers write it. */
export function formatTime(time: string, language: Language): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return timeFormat(language).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

const timeFormats = new Map<Language, Intl.DateTimeFormat>();
function timeFormat(language: Language): Intl.DateTimeFormat {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(language, format);
  }
  return format;
}
