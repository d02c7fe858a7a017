/** `signups.export` and `signups.exportPreview`: the people in scope, mapped, written as CSV. */
import type { SignupRecord } from '../../common/contract';
import type { ContentPack } from '../../common/content';
import type { ExportArgs, ExportPreview, ExportResult } from '../../common/organizer';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { csvDocument } from './csv';
import { exportFilename, fullHeader, fullRow, selectForTool, type Selected } from './formats';
import { inScope, organizationIdsIn, toContact } from './load';
import { onePersonOnce } from './people';

export interface ExportSource {
  /** Everyone the organizer can read, oldest first. */
  records: readonly SignupRecord[];
  pack: ContentPack;
  eventNames: () => Map<string, string>;
}

function checkOrganization(source: ExportSource, organizationId: string | undefined): void {
  if (!organizationId) return;
  // An organization no longer in the pack can still be exported for, if anyone chose it.
  const known = source.pack.organizations.some((o) => o.id === organizationId) || source.records.some((r) => r.organizations.some((o) => o.id === organizationId));
  if (!known) throw new AppError('not_found', sentence('unknownOrganization', { id: organizationId }));
}

function select(source: ExportSource, { format, organizationId }: ExportArgs): Selected & { merged: number } {
  const { people, merged } = onePersonOnce(inScope(source.records, organizationId));
  if (format !== 'full') return { ...selectForTool(format, people.map(toContact)), merged };
  const organizationIds = organizationIdsIn(people);
  const names = source.eventNames();
  return {
    header: fullHeader(organizationIds),
    rows: people.map((r) => fullRow(r, organizationIds, names.get(r.eventId) ?? null)),
    skippedNoEmail: 0,
    skippedNoConsent: 0,
    merged,
  };
}

export function previewExport(source: ExportSource, args: ExportArgs): ExportPreview {
  checkOrganization(source, args.organizationId);
  const { people, merged } = onePersonOnce(inScope(source.records, args.organizationId));
  // The full export has everyone in scope; the tools' selection is cheap, so run the real one.
  if (args.format === 'full') return { rows: people.length, skippedNoEmail: 0, skippedNoConsent: 0, merged };
  const { rows, skippedNoEmail, skippedNoConsent } = selectForTool(args.format, people.map(toContact));
  return { rows: rows.length, skippedNoEmail, skippedNoConsent, merged };
}

export function exportSignups(source: ExportSource, args: ExportArgs, now: Date): ExportResult {
  checkOrganization(source, args.organizationId);
  const selected = select(source, args);
  return {
    filename: exportFilename(args.format, args.organizationId, now),
    csv: csvDocument(selected.header, selected.rows),
    rows: selected.rows.length,
    skippedNoEmail: selected.skippedNoEmail,
    skippedNoConsent: selected.skippedNoConsent,
    merged: selected.merged,
  };
}
