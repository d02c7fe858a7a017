/** legislators.info for a screen: where the data comes from and whether it is still valid. */
import { useEffect, useState } from 'react';
import type { InfoResult } from '../../common/legislators';
import { call } from '../api/client';

/**
 * null until it answers (or when it cannot: the screens then say nothing rather than guess).
 * Asked again whenever `version` changes (the console: after an import, on another tab).
 */
export function useLegislatorInfo(version: unknown = 0): InfoResult | null {
  const [info, setInfo] = useState<InfoResult | null>(null);
  useEffect(() => {
    let live = true;
    call('legislators.info', {})
      .then((result) => live && setInfo(result))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [version]);
  return info;
}
