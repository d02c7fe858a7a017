/**
 * The contract's lists the console offers as choices. Spelled out here rather than imported: the
 * common modules that hold them also hold zod schemas, which the renderer does not bundle. Each
 * is a Record over the contract's type, so a value added there fails to compile here until listed.
 */
import type { SignupMode } from '../../common/event';
import type { ExportFormat } from '../../common/organizer';

const keysOf = <T extends string>(record: Record<T, true>) => Object.keys(record) as T[];

export const EXPORT_FORMATS = keysOf<ExportFormat>({ 'action-network': true, nationbuilder: true, mobilize: true, full: true });

export const SIGNUP_MODES = keysOf<SignupMode>({ standard: true, 'no-last-name': true, 'browse-only': true });
