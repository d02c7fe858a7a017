/** What core says to the data steward about the vault, in English and Spanish (see messages.ts). */
export const VAULT_MESSAGES = {
  vaultLocked: {
    en: "People's details are sealed. Unlock them with the data steward's passphrase or recovery code.",
    es: 'Los datos de las personas están sellados. Ábralos con la frase de contraseña o el código de recuperación de la persona responsable de los datos.',
  },
  vaultExists: {
    en: 'A data key already exists on this computer. Unlock it instead, or start a new key only if both its passphrase and recovery code are lost.',
    es: 'Ya existe una clave de datos en esta computadora. Ábrala, o cree una nueva solo si se perdieron su frase de contraseña y su código de recuperación.',
  },
  vaultNone: {
    en: 'There is no data key yet: sign-ups here are not sealed. Create the data key first.',
    es: 'Todavía no hay clave de datos: las inscripciones aquí no están selladas. Primero cree la clave de datos.',
  },
  vaultCannotUnlockHere: {
    en: "This kiosk seals sign-ups for the event's data steward and can never open them. Open them on the steward's computer.",
    es: 'Este quiosco sella las inscripciones para la persona responsable de los datos del evento y nunca puede abrirlas. Ábralas en la computadora de esa persona.',
  },
  passphraseTooShort: {
    en: 'That passphrase is too short to protect people. Use the proposed one, or at least 16 characters (a few words).',
    es: 'Esa frase de contraseña es demasiado corta para proteger a las personas. Use la propuesta, o al menos 16 caracteres (unas palabras).',
  },
  passphraseTooSimple: {
    en: 'That passphrase repeats too few different letters to be safe. Use the proposed one, or a few unrelated words.',
    es: 'Esa frase de contraseña repite muy pocas letras distintas para ser segura. Use la propuesta, o unas palabras sin relación.',
  },
  wrongPassphrase: {
    en: 'That passphrase or recovery code does not open the data key. {left} tries left before unlocking pauses for a while.',
    es: 'Esa frase de contraseña o código de recuperación no abre la clave de datos. Le quedan {left} intentos antes de una pausa.',
  },
  wrongPassphraseOne: {
    en: 'That passphrase or recovery code does not open the data key. 1 try left before unlocking pauses for a while.',
    es: 'Esa frase de contraseña o código de recuperación no abre la clave de datos. Le queda 1 intento antes de una pausa.',
  },
  passphraseLockedOut: {
    en: 'Too many wrong passphrases. Try again in {wait}.',
    es: 'Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo en {wait}.',
  },
  tooManyPassphraseAttempts: {
    en: 'Too many unlock attempts. Wait a minute, then try again.',
    es: 'Demasiados intentos de abrir. Espere un minuto y vuelva a intentarlo.',
  },
  destroyActiveKey: {
    en: 'Sign-ups sealed to the current data key cannot be destroyed this way. Delete people one by one, or purge after exporting.',
    es: 'Las inscripciones selladas con la clave de datos actual no se pueden destruir así. Borre personas una a una, o vacíe la lista después de exportar.',
  },
  destroyCountChanged: {
    en: 'The number of sign-ups sealed to that key is now {total}, not {expected}. Nothing was destroyed; check again.',
    es: 'El número de inscripciones selladas con esa clave ahora es {total}, no {expected}. No se destruyó nada; revise de nuevo.',
  },
} as const;
