/**
 * What core says to an organizer, in English and Spanish: the console shows these sentences as
 * they come. `{name}` placeholders are filled when the answer is made (see messages.ts); a
 * placeholder may hold another sentence, or a technical detail (a field path) that stays as is.
 */
export const ORGANIZER_MESSAGES = {
  signInNeeded: {
    en: 'Please sign in to the organizer console with your PIN.',
    es: 'Entre en la consola de organizadores con su PIN.',
  },
  pinAlreadySet: {
    en: 'An organizer PIN is already set. Sign in with it instead.',
    es: 'Ya hay un PIN de organizador. Entre con ese PIN.',
  },
  pinTooEasy: {
    en: 'That PIN is too easy to guess (one digit repeated, a run like 123456, a repeated pattern or one of the most common PINs). Choose another one.',
    es: 'Ese PIN es demasiado fácil de adivinar (un mismo dígito repetido, una serie como 123456, un patrón repetido o uno de los PIN más comunes). Elija otro.',
  },
  pinNotSet: {
    en: 'No organizer PIN has been set yet. Set one up first.',
    es: 'Todavía no hay un PIN de organizador. Elija uno primero.',
  },
  wrongPinOne: {
    en: 'That PIN is not right. 1 try left before the console locks for a while.',
    es: 'Ese PIN no es correcto. Le queda 1 intento antes de que la consola se bloquee por un tiempo.',
  },
  wrongPinMany: {
    en: 'That PIN is not right. {left} tries left before the console locks for a while.',
    es: 'Ese PIN no es correcto. Le quedan {left} intentos antes de que la consola se bloquee por un tiempo.',
  },
  lockedOut: {
    en: 'Too many wrong PINs. Try again in {wait}.',
    es: 'Demasiados PIN incorrectos. Vuelva a intentarlo en {wait}.',
  },
  tooManyPinAttempts: {
    en: 'Too many PIN attempts. Wait a minute, then try again.',
    es: 'Demasiados intentos de PIN. Espere un minuto y vuelva a intentarlo.',
  },
  minutes: { en: '{count} minutes', es: '{count} minutos' },
  seconds: { en: '{count} seconds', es: '{count} segundos' },
  oneSecond: { en: '1 second', es: '1 segundo' },
  invalidArguments: {
    en: 'Invalid arguments for {method}: {detail}.',
    es: 'Datos no válidos para {method}: {detail}.',
  },
  invalidArgumentsMore: {
    en: 'Invalid arguments for {method}: {detail} (and {more} more).',
    es: 'Datos no válidos para {method}: {detail} (y {more} más).',
  },
  internal: {
    en: 'Something went wrong inside the kiosk. Nothing was changed. Please try again.',
    es: 'Algo falló dentro del quiosco. No se cambió nada. Vuelva a intentarlo.',
  },
  diskFull: {
    en: 'The disk is full, so nothing was saved. Free some space on the kiosk computer.',
    es: 'El disco está lleno, así que no se guardó nada. Libere espacio en la computadora del quiosco.',
  },
  signupGone: {
    en: 'That sign-up is not there any more: it may have been deleted. Refresh the list.',
    es: 'Ese registro ya no está: puede que se haya borrado. Actualice la lista.',
  },
  purgeCountChangedOne: {
    en: 'There is now 1 sign-up, not {expected}, so nothing was deleted. Check the list, export again if needed, then confirm the new count.',
    es: 'Ahora hay 1 registro, no {expected}, así que no se borró nada. Revise la lista, vuelva a exportar si hace falta y confirme la nueva cantidad.',
  },
  purgeCountChanged: {
    en: 'There are now {total} sign-ups, not {expected}, so nothing was deleted. Check the list, export again if needed, then confirm the new count.',
    es: 'Ahora hay {total} registros, no {expected}, así que no se borró nada. Revise la lista, vuelva a exportar si hace falta y confirme la nueva cantidad.',
  },
  wipeBusy: {
    en: 'The data was deleted, but its traces could not be wiped from the database files yet because the database is busy. Wait a moment and delete again (deleting all with a count of 0 wipes the files).',
    es: 'Los datos se borraron, pero sus rastros aún no se pudieron limpiar de los archivos de la base de datos porque está ocupada. Espere un momento y vuelva a borrar (borrar todo con una cantidad de 0 limpia los archivos).',
  },
  quitInBrowser: {
    en: 'This kiosk runs in a browser: close the browser window, or stop the host with Ctrl+C.',
    es: 'Este quiosco funciona en un navegador: cierre la ventana del navegador o detenga el servidor con Ctrl+C.',
  },
  eventNotSaved: {
    en: 'The event settings were not saved: {detail}. Choose sections and organizations from the lists.',
    es: 'La configuración del evento no se guardó: {detail}. Elija secciones y organizaciones de las listas.',
  },
  unknownOrganization: {
    en: 'There is no organization "{id}" in the content or in the sign-ups. Choose one from the list.',
    es: 'No hay ninguna organización "{id}" en el contenido ni en los registros. Elija una de la lista.',
  },
  contentRefusedOne: {
    en: 'This content pack was not imported, and the current content stays. Fix this and import it again: {listed}.',
    es: 'Este paquete de contenido no se importó y se mantiene el contenido actual. Corrija esto y vuelva a importarlo: {listed}.',
  },
  contentRefusedMany: {
    en: 'This content pack was not imported, and the current content stays. Fix these {count} and import it again: {listed}{more}.',
    es: 'Este paquete de contenido no se importó y se mantiene el contenido actual. Corrija estos {count} problemas y vuelva a importarlo: {listed}{more}.',
  },
  andMore: { en: ' (and {count} more)', es: ' (y {count} más)' },
  backupRefused: { en: '{reason} Nothing was changed.', es: '{reason} No se cambió nada.' },
  backupNotBase64: {
    en: 'The backup did not arrive as base64 text, so it could not be read.',
    es: 'La copia de seguridad no llegó como texto base64, así que no se pudo leer.',
  },
  backupNotSqlite: {
    en: 'This file is not a Take Action Kiosk backup: it is not a SQLite database at all.',
    es: 'Este archivo no es una copia de seguridad de Take Action Kiosk: ni siquiera es una base de datos SQLite.',
  },
  backupUnopenable: {
    en: 'This file could not be opened as a SQLite database.',
    es: 'Este archivo no se pudo abrir como base de datos SQLite.',
  },
  backupDamaged: {
    en: 'This backup file is damaged (it may have been cut short while it was copied), so it cannot be restored.',
    es: 'Esta copia de seguridad está dañada (puede que se cortara al copiarla), así que no se puede restaurar.',
  },
  backupNotOurs: {
    en: 'This SQLite file is not a Take Action Kiosk backup (it has no record of the kiosk’s database schema).',
    es: 'Este archivo SQLite no es una copia de seguridad de Take Action Kiosk (no tiene registro del esquema de la base de datos del quiosco).',
  },
  backupNewer: {
    en: 'This backup was made by a newer version of Take Action Kiosk (database schema {version}; this app knows up to {latest}). Update the app, then restore it.',
    es: 'Esta copia de seguridad se hizo con una versión más nueva de Take Action Kiosk (esquema {version}; esta aplicación conoce hasta el esquema {latest}). Actualice la aplicación y luego restáurela.',
  },
  backupOtherBuild: {
    en: 'This backup was made by a different build of the app (its schema step {version} is "{name}").',
    es: 'Esta copia de seguridad se hizo con otra compilación de la aplicación (su paso de esquema {version} es "{name}").',
  },
  backupTableDiffers: {
    en: 'This backup does not have the kiosk’s "{table}" table as this app expects it.',
    es: 'Esta copia de seguridad no tiene la tabla "{table}" del quiosco como la espera esta aplicación.',
  },
  backupExtraTables: {
    en: 'This backup has tables the kiosk does not know ({tables}).',
    es: 'Esta copia de seguridad tiene tablas que el quiosco no conoce ({tables}).',
  },
  backupExtraObjects: {
    en: 'This backup has database parts that this app never makes ({objects}): it may have been altered, so it is not restored.',
    es: 'Esta copia de seguridad tiene partes de base de datos que esta aplicación nunca crea ({objects}): puede que la hayan alterado, así que no se restaura.',
  },
  backupObjectDiffers: {
    en: 'This backup’s "{name}" is not as this app makes it: it may have been altered, so it is not restored.',
    es: 'El elemento "{name}" de esta copia de seguridad no es como lo crea esta aplicación: puede que lo hayan alterado, así que no se restaura.',
  },
  backupNoContent: {
    en: 'This backup has no content pack to show on the kiosk.',
    es: 'Esta copia de seguridad no tiene un paquete de contenido para mostrar en el quiosco.',
  },
  backupNoEvent: { en: 'This backup has no event settings.', es: 'Esta copia de seguridad no tiene configuración del evento.' },
  backupInvalidContents: {
    en: 'This backup’s content pack or event settings are not valid for this version of the app.',
    es: 'El paquete de contenido o la configuración del evento de esta copia de seguridad no son válidos para esta versión de la aplicación.',
  },
  backupUnreadable: {
    en: 'This backup could not be read as a kiosk database.',
    es: 'Esta copia de seguridad no se pudo leer como base de datos del quiosco.',
  },
  flyerUnknownOrganization: {
    en: 'There is no organization "{id}" in the content pack. Choose one from the list.',
    es: 'No hay ninguna organización "{id}" en el paquete de contenido. Elija una de la lista.',
  },
  flyerNoWebsite: {
    en: '{name} has no website, so the flyer can’t have a QR code for it. Choose another organization.',
    es: '{name} no tiene sitio web, así que el volante no puede llevar un código QR para ella. Elija otra organización.',
  },
  sheetSignupsOff: {
    en: 'Sign-ups are turned off for this event, so there is no sign-up sheet to print. Turn them on in the event settings first.',
    es: 'Los registros están desactivados en este evento, así que no hay hoja de registro que imprimir. Actívelos primero en la configuración del evento.',
  },
  unknownScript: {
    en: 'There is no call script "{id}" in the content pack. Choose one from the list.',
    es: 'No hay ningún guion de llamada "{id}" en el paquete de contenido. Elija uno de la lista.',
  },
  noScripts: {
    en: 'The content pack has no call scripts to print.',
    es: 'El paquete de contenido no tiene guiones de llamada para imprimir.',
  },
  legislatorsRefused: {
    en: 'The legislator files were not imported and nothing was changed. {file}: {where}: {reason}{more}. Fix or replace the file and import again.',
    es: 'Los archivos de legisladores no se importaron y no se cambió nada. {file}: {where}: {reason}{more}. Corrija o reemplace el archivo y vuelva a importarlo.',
  },
  andMoreProblems: { en: ' (and {count} more problems)', es: ' (y {count} problemas más)' },
  andOneMoreProblem: { en: ' (and 1 more problem)', es: ' (y 1 problema más)' },
} as const;
