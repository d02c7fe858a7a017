import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignupRecord } from '../../common/contract';
import { TextField } from '../components/TextField';
import { formatPhone } from '../format';
import { errorMessage, useConsole } from './session';

const PAGE = 50;

/** Who signed up: a searchable list, newest first. */
export function SignupsPanel() {
  const { t, i18n } = useTranslation();
  const { call } = useConsole();
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ total: number; items: SignupRecord[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);

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
  }, [call, query, shown]);

  const time = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="signups-heading">
      <h2 id="signups-heading">{t('console.signups.heading')}</h2>
      <TextField label={t('console.signups.search')} hint={t('console.signups.searchHint')} value={query} onChange={setQuery} layout="email" testId="signup-search" />
      {error && <p className="banner banner--error" role="alert">{error}</p>}
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
                    <td>{time(s.createdAt)}</td>
                    <td>{[s.firstName, s.lastName].filter(Boolean).join(' ')}</td>
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
  );
}
