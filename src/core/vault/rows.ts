/**
 * A sealed sign-up row: the plain columns (id, hour, key id, format) and the box holding the rest
 * of the record. The plain columns are the box's associated data, so a box copied onto another
 * row, or a row whose hour or key was edited, does not open.
 */
import { SignupRecord } from '../../common/contract';

export const ROW_FORMAT = 1;

/** What sealed_signups stores beside the box. */
export interface SealedRowHeader {
  id: string;
  createdHour: string;
  keyId: string;
  format: number;
}

export const SealedPayload = SignupRecord.omit({ id: true });

/** 2026-11-25T15:42:10.123Z → 2026-11-25T15:00:00.000Z: totals by hour need no more. */
export function hourOf(iso: string): string {
  return `${iso.slice(0, 13)}:00:00.000Z`;
}

export function rowAad(header: SealedRowHeader): Buffer {
  return Buffer.from(`take-action-kiosk signup|${header.format}|${header.id}|${header.keyId}|${header.createdHour}`);
}

export function encodePayload(record: SignupRecord): Buffer {
  const { id: _id, ...rest } = record;
  return Buffer.from(JSON.stringify(rest));
}

/** The record, or null if the opened bytes are not a sign-up this app wrote. */
export function decodePayload(id: string, bytes: Uint8Array): SignupRecord | null {
  try {
    const parsed = SealedPayload.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    return parsed.success ? { id, ...parsed.data } : null;
  } catch {
    return null;
  }
}
