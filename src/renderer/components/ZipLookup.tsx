import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupResult } from '../../common/legislators';
import { ApiCallError, call } from '../api/client';
import { useKiosk } from '../state/kiosk';
import { TextField } from './TextField';

export type Lookup = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; message: string } | { status: 'found'; result: LookupResult };

/**
 * ZIP code → legislators, looked up on this machine as soon as five digits are typed; the keypad
 * then gets out of the way so the results show.
 */
export function ZipLookup({ onResult }: { onResult(lookup: Lookup): void }) {
  const { t } = useTranslation();
  const { language } = useKiosk();
  const [zip, setZip] = useState('');
  const asked = useRef(0);
  const report = useRef(onResult);
  useEffect(() => {
    report.current = onResult;
  }, [onResult]);

  useEffect(() => {
    const request = ++asked.current;
    if (!/^\d{5}$/.test(zip)) {
      report.current({ status: 'idle' });
      return;
    }
    report.current({ status: 'busy' });
    call('legislators.lookup', { zip, language })
      .then((result) => request === asked.current && report.current({ status: 'found', result }))
      .catch((error: unknown) => {
        if (request !== asked.current) return;
        const message = error instanceof ApiCallError && error.code !== 'internal' ? error.message : t('legislators.failed');
        report.current({ status: 'failed', message });
      });
  }, [zip, language, t]);

  return (
    <TextField
      label={t('legislators.zip')}
      hint={t('legislators.zipHint')}
      layout="numeric"
      maxLength={5}
      value={zip}
      onChange={setZip}
      closeWhenFull
      testId="legislator-zip"
    />
  );
}
