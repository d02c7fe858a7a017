import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEEP_IN_VIEW } from './IdleWarning';
import { QrCode } from './QrCode';
import type { CallNumber, LegislatorChoice } from './legislator-choice';

/**
 * Pixels per QR module. A `tel:` code is version 1 (21 modules, "tel:+" in byte mode and the
 * digits in numeric mode) with a 4-module quiet zone on each side: 29 modules, so 290 px. On a
 * 24-inch 1080p screen that is 8 cm across, 2.75 mm a module, which a phone camera reads from
 * arm's length (see docs/call-station.md).
 */
const MODULE_PX = 10;

/** The dialer link a phone camera opens: `tel:` with the E.164 number (an extension is said aloud). */
export const dialUri = (number: CallNumber) => `tel:${number.phone.e164}`;

function NumberToScan({ number, name, testId }: { number: CallNumber; name: string; testId: string }) {
  const { t } = useTranslation();
  const { phone } = number;
  return (
    <div className="call-number" data-testid={testId}>
      <QrCode value={dialUri(number)} moduleSize={MODULE_PX} label={t('callStation.qrLabel', { name, phone: phone.display })} testId="call-qr" />
      <div className="call-number__text">
        <p className="call-number__place">{number.place}</p>
        {/* A number to read at a glance, not a heading: large, in a div (axe's p-as-heading). */}
        <div className="call-number__phone">
          {phone.display}
          {phone.extension && <span className="call-number__ext"> {t('legislators.extension', { extension: phone.extension })}</span>}
        </div>
        {number.detail && <p className="call-number__detail">{number.detail}</p>}
        <p className="call-number__hint">{t('callStation.scanToCall')}</p>
      </div>
    </div>
  );
}

/**
 * Scan to call: the best number as a QR code that opens the phone's dialer, and the legislator's
 * other numbers folded below, each with its own code. Nothing is dialled from the kiosk.
 */
export function CallFromPhone({ choice }: { choice: LegislatorChoice }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const [best, ...others] = choice.numbers;
  if (!best) return null;
  return (
    <div className="call-from-phone" data-testid="call-from-phone">
      <div {...{ [KEEP_IN_VIEW]: '' }}>
        <NumberToScan number={best} name={choice.name} testId="call-number" />
      </div>
      {others.length > 0 && (
        <>
          <button
            type="button"
            className="button button--outline"
            aria-expanded={showAll}
            onClick={() => setShowAll((on) => !on)}
            data-testid="other-numbers-toggle"
          >
            {t(showAll ? 'callStation.fewerNumbers' : 'callStation.moreNumbers', { count: others.length })}
          </button>
          {showAll && (
            <div className="call-numbers">
              {others.map((number) => (
                <NumberToScan key={number.phone.e164} number={number} name={choice.name} testId="call-number-other" />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
