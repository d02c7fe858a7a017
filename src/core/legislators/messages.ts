/**
 * What the lookup says to a person, in English and Spanish. `{name}` placeholders are filled from
 * the data (never from what the person typed, apart from a ZIP code already checked to be digits).
 */
import type { Language } from '../../common/content';
import { fillTemplate } from '../messages';

const MESSAGES = {
  invalidZip: {
    en: 'That is not a ZIP code. Enter the 5 digits of a US ZIP code, for example 02130.',
    es: 'Eso no es un código postal. Escriba los 5 dígitos de un código postal (ZIP) de EE. UU., por ejemplo 02130.',
  },
  zipNotFound: {
    en: 'We could not find ZIP code {zip}. Check the 5 digits, or enter the ZIP code of your home address.',
    es: 'No encontramos el código postal {zip}. Revise los 5 dígitos o escriba el código postal de su domicilio.',
  },
  militaryZip: {
    en: 'ZIP code {zip} is a military (APO/FPO) address, which has no congressional district. Enter the ZIP code of your home in the United States.',
    es: 'El código postal {zip} es una dirección militar (APO/FPO), que no tiene distrito en el Congreso. Escriba el código postal de su domicilio en Estados Unidos.',
  },
  noMemberOfCongress: {
    en: 'ZIP code {zip} is in a country associated with the United States ({place}), which has no member of the US Congress.',
    es: 'El código postal {zip} está en un país asociado con Estados Unidos ({place}), que no tiene miembros en el Congreso de EE. UU.',
  },
  splitZip: {
    en: 'Your ZIP code is split between {count} congressional districts ({seats}), so we show every representative it could be. If you know your district, call that one; if not, call any of them and give your street address: the office will tell you whether you live in its district.',
    es: 'Su código postal está dividido entre {count} distritos del Congreso ({seats}), así que mostramos a todos los representantes posibles. Si sabe cuál es su distrito, llame a ese; si no, llame a cualquiera y dé su dirección: la oficina le dirá si usted vive en su distrito.',
  },
  crossState: {
    en: 'Your ZIP code crosses a state line ({states}), so we show the senators of each state. Call the senators of the state where you live.',
    es: 'Su código postal cruza el límite entre estados ({states}), así que mostramos a los senadores de cada estado. Llame a los senadores del estado donde vive.',
  },
  vacantSeat: {
    en: 'The House seat for {seat} is vacant: nobody holds it right now, so there is no representative to call for it.',
    es: 'El escaño de la Cámara de Representantes de {seat} está vacante: nadie lo ocupa ahora, así que no hay representante a quien llamar por él.',
  },
  noSenatorsDC: {
    en: 'Washington, DC has no US senators. Its delegate in the House can speak and work on bills but cannot vote on their final passage.',
    es: 'Washington, DC no tiene senadores en el Congreso. Quien lo representa en la Cámara (con el título de delegado) puede hablar y trabajar en los proyectos de ley, pero no votar su aprobación final.',
  },
  noSenatorsPR: {
    en: 'Puerto Rico has no US senators. Its resident commissioner in the House can speak and work on bills but cannot vote on their final passage.',
    es: 'Puerto Rico no tiene senadores en el Congreso. Quien lo representa en la Cámara (con el título de comisionado residente) puede hablar y trabajar en los proyectos de ley, pero no votar su aprobación final.',
  },
  noSenatorsTerritory: {
    en: '{place} has no US senators. Its delegate in the House can speak and work on bills but cannot vote on their final passage.',
    es: '{place} no tiene senadores en el Congreso. Quien lo representa en la Cámara (con el título de delegado) puede hablar y trabajar en los proyectos de ley, pero no votar su aprobación final.',
  },
  zipNotMapped: {
    en: 'ZIP code {zip} is for PO boxes or a single organization, so it has no district map. We show the districts of the other ZIP codes of {town}: choose the one where you live.',
    es: 'El código postal {zip} es de apartados postales o de una sola organización, así que no tiene mapa de distritos. Mostramos los distritos de los otros códigos postales de {town}: elija el de donde vive.',
  },
  districtUnknown: {
    en: 'We cannot tell the congressional district of ZIP code {zip}, only its state. Enter the ZIP code of your home address to find your representative.',
    es: 'No podemos saber el distrito del Congreso del código postal {zip}, solo su estado. Escriba el código postal de su domicilio para encontrar a su representante.',
  },
  noPhone: {
    en: 'This data has no phone number for {name} yet. Ask an organizer: newer data may have it.',
    es: 'Estos datos aún no tienen un número de teléfono para {name}. Pregunte a un organizador: datos más recientes pueden tenerlo.',
  },
  termEnded: {
    en: "{name}'s term ended on {date}, after this data was collected. Someone else may hold the seat now: ask an organizer to import newer data.",
    es: 'El mandato de {name} terminó el {date}, después de que se reunieron estos datos. Puede que otra persona ocupe el cargo ahora: pida a un organizador que importe datos más recientes.',
  },
  chooseStateLegislators: {
    en: 'Your Massachusetts state senator and state representative cannot be found from a ZIP code here: choose them from the list. You can search by name, by district, or by a town or county in the district name.',
    es: 'Su senador y su representante estatales de Massachusetts no se pueden encontrar aquí por el código postal: elíjalos de la lista. Puede buscar por nombre, por distrito, o por un pueblo o condado del nombre del distrito.',
  },
  extension: {
    en: 'When the office answers, ask for extension {ext}.',
    es: 'Cuando contesten en la oficina, pida la extensión {ext}.',
  },
  noPhoneWriteInstead: {
    en: 'This data has no phone number for {name}. You can write to {email}.',
    es: 'Estos datos no tienen un número de teléfono para {name}. Puede escribir a {email}.',
  },
  houseSeatsVacant: {
    en: 'The Massachusetts House has {seats} seats and this data lists {members} members: {missing} seats are vacant.',
    es: 'La Cámara de Representantes de Massachusetts tiene {seats} escaños y estos datos tienen {members} miembros: {missing} escaños están vacantes.',
  },
  senateSeatsVacant: {
    en: 'The Massachusetts Senate has {seats} seats and this data lists {members} members: {missing} seats are vacant.',
    es: 'El Senado de Massachusetts tiene {seats} escaños y estos datos tienen {members} miembros: {missing} escaños están vacantes.',
  },
  noTown: {
    en: 'We have no town names for {place}: please type your town.',
    es: 'No tenemos los nombres de los pueblos de {place}: escriba el suyo.',
  },
  dataUnavailable: {
    en: 'The legislator data is missing or damaged, so we cannot look up legislators right now. Ask an organizer to import the legislator files again.',
    es: 'Faltan los datos de legisladores o están dañados, así que ahora no podemos buscarlos. Pida a un organizador que vuelva a importar los archivos de legisladores.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type LegislatorMessage = keyof typeof MESSAGES;

export function sentence(key: LegislatorMessage, language: Language, params: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[key][language], params);
}
