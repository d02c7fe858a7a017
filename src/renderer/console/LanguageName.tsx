import type { Language } from '../../common/languages';
import { languageName } from '../../common/languages';
import { languageLabel } from '../i18n/language';

/** "Tiếng Việt (Vietnamese)": the language's own name, and its name in the console's language when they differ. */
export function LanguageName({ language, uiLanguage }: { language: Language; uiLanguage: Language }) {
  const own = languageName(language);
  const label = languageLabel(language, uiLanguage);
  // One span: in a flex label, a bare text node after the name would lose its leading space.
  return (
    <span>
      <span lang={language}>{own}</span>
      {label !== own && ` (${label})`}
    </span>
  );
}
