import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignupRecord } from '../../common/contract';
import { TextField } from '../components/TextField';
import { formatPhone } from '../format';
import { dateTime } from './format';
import { Notice } from './Notice';
import { PurgeSection } from './PurgeSection';
import { errorMessage, useConsole } from './session';
import { SignupDetail } from './SignupDetail';
import { SignupStats } from './SignupStats';

const PAGE = 50;

/** Who signed up: counts, a searchable list (newest first), one sign-up in full, delete all. */
export function SignupsPanel() {
  const { t, i18n } = useTranslation();
  const { call } = useConsole();
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ total: number; items: SignupRecord[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Bumped after a deletion: the list and the counts are read again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    call('signups.list', { query: query.trim() || undefined, limit: shown })
      .then((result) => {
        if (!live) return;
        setList(result);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [call, query, shown, version]);

  const changed = (message: string) => {
    setOpenId(null);
    setDone(message);
    setVersion((v) => v + 1);
  };

  if (openId) {
    return <SignupDetail id={openId} onBack={() => setOpenId(null)} onDeleted={(name) => changed(t('console.signup.deleted', { name }))} />;
  }
  return (
    <>
      <section aria-labelledby="signups-heading">
        <h2 id="signups-heading">{t('console.signups.heading')}</h2>
        {done && (
          <Notice kind="ok" testId="signups-done">
            {done}
          </Notice>
        )}
        <SignupStats version={version} />
        <TextField label={t('console.signups.search')} hint={t('console.signups.searchHint')} value={query} onChange={setQuery} layout="prose" testId="signup-search" />
        {error && <Notice kind="error">{error}</Notice>}
        {list && (
          <>
            <p className="count" aria-live="polite" data-testid="signup-total">
              {t('console.signups.count', { count: list.total })}
            </p>
            <div className="table-wrap">
              <table className="table" data-testid="signup-table">
                <thead>
                  <tr>
                    <th scope="col">{t('console.signups.when')}</th>
                    <th scope="col">{t('console.signups.name')}</th>
                    <th scope="col">{t('console.signups.contact')}</th>
                    <th scope="col">{t('console.signups.zip')}</th>
                    <th scope="col">{t('console.signups.organizations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((s) => (
                    <tr key={s.id} data-testid="signup-row">
                      <td>{dateTime(s.createdAt, i18n.language)}</td>
                      <td>
                        <button type="button" className="link-button" onClick={() => setOpenId(s.id)} data-testid="open-signup">
                          {[s.firstName, s.lastName].filter(Boolean).join(' ')}
                        </button>
                      </td>
                      <td>{[s.email, s.phone && formatPhone(s.phone)].filter(Boolean).join(' · ')}</td>
                      <td>{s.zip}</td>
                      <td>{s.organizations.map((o) => o.name).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.items.length < list.total && (
              <button type="button" className="button button--outline" onClick={() => setShown((n) => n + PAGE)}>
                {t('console.signups.more')}
              </button>
            )}
          </>
        )}
      </section>
      <PurgeSection onPurged={(deleted) => changed(t('console.purge.done', { count: deleted }))} />
    </>
  );
}
