/** What core says about event kits, bundles and syncing kiosks, in English and Spanish (messages.ts). */
export const SYNC_MESSAGES = {
  bundleUnreadable: {
    en: 'This file is not a kiosk bundle, or it was cut short while it was copied. Nothing was imported. Export the bundle again on the kiosk.',
    es: 'Este archivo no es un paquete de quiosco, o se cortó al copiarlo. No se importó nada. Exporte el paquete otra vez en el quiosco.',
  },
  bundleInvalid: {
    en: 'This bundle is not in the form this app makes ({detail}). Nothing was imported.',
    es: 'Este paquete no tiene la forma que hace esta aplicación ({detail}). No se importó nada.',
  },
  bundleOtherEvent: {
    en: 'This bundle comes from a kiosk of another event. Nothing was imported. Check that the kiosk joined this event with its kit.',
    es: 'Este paquete viene de un quiosco de otro evento. No se importó nada. Compruebe que el quiosco se unió a este evento con su kit.',
  },
  bundleNotPaired: {
    en: 'This bundle does not come from a kiosk that was given this event’s kit. Nothing was imported.',
    es: 'Este paquete no viene de un quiosco que recibió el kit de este evento. No se importó nada.',
  },
  bundleKioskKeyChanged: {
    en: 'This bundle claims to come from a kiosk already seen here, but it is signed with another key: it may be forged. Nothing was imported.',
    es: 'Este paquete dice venir de un quiosco ya visto aquí, pero está firmado con otra clave: puede ser falso. No se importó nada.',
  },
  bundleTampered: {
    en: 'This bundle was changed after the kiosk signed it. Nothing was imported. Export it again on the kiosk.',
    es: 'Este paquete se modificó después de que el quiosco lo firmara. No se importó nada. Expórtelo otra vez en el quiosco.',
  },
  syncNotJoined: {
    en: 'This kiosk has not joined an event yet. Import the event kit from the data steward’s computer first.',
    es: 'Este quiosco todavía no se ha unido a un evento. Primero importe el kit del evento desde la computadora de la persona responsable de los datos.',
  },
  kitNeedsKey: {
    en: 'An event kit carries the data key that kiosks seal to. Create the data key on this computer first (Data key tab).',
    es: 'Un kit de evento lleva la clave de datos con la que los quioscos sellan. Primero cree la clave de datos en esta computadora (pestaña Clave de datos).',
  },
  kitNotHere: {
    en: 'Only the computer that holds the data key can make the event kit. This kiosk joined an event: make the kit on the steward’s computer.',
    es: 'Solo la computadora que tiene la clave de datos puede hacer el kit del evento. Este quiosco se unió a un evento: haga el kit en la computadora de la persona responsable.',
  },
  kitUnreadable: {
    en: 'This file is not an event kit, or it was cut short while it was copied. Nothing was changed. Export the kit again.',
    es: 'Este archivo no es un kit de evento, o se cortó al copiarlo. No se cambió nada. Exporte el kit otra vez.',
  },
  kitOwnKey: {
    en: 'This computer holds its own data key, so it is a data steward’s computer, not a kiosk. Import kits on the kiosks.',
    es: 'Esta computadora tiene su propia clave de datos, así que es la de una persona responsable, no un quiosco. Importe los kits en los quioscos.',
  },
  joinUnreachable: {
    en: 'The steward’s computer did not answer at {url}. Check that both are on the same network and that “Receive from kiosks” is on, then try again.',
    es: 'La computadora de la persona responsable no respondió en {url}. Compruebe que las dos estén en la misma red y que “Recibir de los quioscos” esté activado, y vuelva a intentarlo.',
  },
  joinWrongCode: {
    en: 'That pairing code is not the one the steward’s computer shows. Check it and try again.',
    es: 'Ese código de emparejamiento no es el que muestra la computadora de la persona responsable. Revíselo y vuelva a intentarlo.',
  },
  hubPortBusy: {
    en: 'Port {port} is in use on this computer. Choose another port, or close the program that uses it.',
    es: 'El puerto {port} está en uso en esta computadora. Elija otro puerto, o cierre el programa que lo usa.',
  },
} as const;
