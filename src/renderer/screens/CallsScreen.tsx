import { useTranslation } from 'react-i18next';
import { DataSources } from '../components/DataSources';
import { ExpiredData } from '../components/ExpiredData';
import { Icon } from '../components/Icon';
import { TopBar } from '../components/TopBar';
import { useKiosk, useVisibleContent } from '../state/kiosk';
import { useLegislatorInfo } from '../state/legislator-info';
import { useNavigation } from '../state/navigation';
import '../components/call-station.css';
import { Localized } from '../i18n/language';

/** The call scripts to choose from. */
export function CallsScreen() {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const { scripts } = useVisibleContent();
  const { go } = useNavigation();
  const info = useLegislatorInfo();
  const section = content.sections.find((s) => s.kind === 'scripts');
  return (
    <div className="screen">
      <TopBar />
      <main>
        <h1>{section ? <Localized text={section.title} /> : t('calls.heading')}</h1>
        {section?.intro && <Localized as="p" className="lead" text={section.intro} />}
        <ExpiredData info={info} targets={scripts.map((s) => s.target)} />
        <div className="ways ways--two">
          {scripts.map((script) => (
            <button key={script.id} type="button" className="way" onClick={() => go({ name: 'script', id: script.id })} data-testid="script-card">
              <Icon name="call" size={56} />
              <Localized className="way__title" text={script.title} />
              <span className="way__text">{t(`calls.target.${script.target}`)}</span>
            </button>
          ))}
        </div>
        <DataSources info={info} />
      </main>
    </div>
  );
}
