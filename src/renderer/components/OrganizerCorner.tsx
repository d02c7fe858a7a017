import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

const TAPS = 5;
const WITHIN_MS = 3000;

/**
 * The way into the organizer console: five quick taps in the top-left corner of the attract
 * screen. Discreet for visitors, but a real, labelled button for assistive technology.
 */
export function OrganizerCorner({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation();
  const taps = useRef<number[]>([]);
  const tap = () => {
    const now = Date.now();
    taps.current = [...taps.current.filter((at) => now - at < WITHIN_MS), now];
    if (taps.current.length >= TAPS) {
      taps.current = [];
      onOpen();
    }
  };
  return <button type="button" className="organizer-corner" aria-label={t('console.open')} onClick={tap} data-testid="organizer-corner" />;
}
