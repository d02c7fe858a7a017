/**
 * Sign-ups from the paper sheet, typed in at the console. The person agreed to what the sheet
 * printed, not to what the kiosk's boxes say: the consent records keep the sheet's exact texts (in
 * each of its languages, as printed, one per line) and the method "paper sheet". The sheet's PDF
 * prints the same texts from here.
 */
import type { ContentPack, Language } from '../../common/content';
import { pick, textIn } from '../../common/localized';
import { pdfText } from '../pdf/messages';
import { fillOrganization, type ConsentWording } from './create';

export const PAPER_METHOD = 'paper sheet';

export interface SheetLanguages {
  language: Language;
  secondLanguage?: Language | undefined;
}

export function sheetLanguageList(sheet: SheetLanguages): Language[] {
  return sheet.secondLanguage && sheet.secondLanguage !== sheet.language ? [sheet.language, sheet.secondLanguage] : [sheet.language];
}

/** The consent texts the sheet prints in one language. */
export function sheetConsents(pack: ContentPack, language: Language): { email: string; sms: string; share: string } {
  return {
    email: pick(pack.consents.email, language),
    sms: pick(pack.consents.sms, language),
    share: fillOrganization(pick(pack.consents.share, language), pdfText('shareWhom', language)),
  };
}

export function paperWording(pack: ContentPack, sheet: SheetLanguages): ConsentWording {
  const printed = sheetLanguageList(sheet).map((language) => sheetConsents(pack, language));
  // The record's language is that of the sheet's first text: the sheet's language, or English
  // where the pack has no translation (the sheet then printed the English words).
  const join = (kind: 'email' | 'sms' | 'share') => ({
    text: printed.map((texts) => texts[kind]).join('\n'),
    language: textIn(pack.consents[kind], sheet.language).language,
  });
  return { email: join('email'), sms: join('sms'), share: () => join('share'), method: () => PAPER_METHOD };
}
