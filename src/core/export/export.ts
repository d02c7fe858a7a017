/** `signups.export` and `signups.exportPreview`: load the people in scope, map, write CSV. */
import type Database from 'better-sqlite3';
import type { ContentPack } from '../../common/content';
import type { ExportArgs, ExportPreview, ExportResult } from '../../common/organizer';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { csvDocument } from './csv';
import { exportFilename, fullHeader, fullRow, selectForTool, type Selected } from './formats';
import { loadContacts, loadRecords, organizationHasSignups } from './load';

function checkOrganization(db: Database.Database, pack: ContentPack, organizationId: string | undefined): void {
  if (!organizationId) return;
  if (pack.organizations.some((o) => o.id === organizationId) || organizationHasSignups(db, organizationId)) return;
  throw new AppError('not_found', sentence('unknownOrganization', { id: organizationId }));
}

function select(db: Database.Database, { format, organizationId }: ExportArgs): Selected {
  if (format !== 'full') return selectForTool(format, loadContacts(db, organizationId));
  const { records, eventNames, organizationIds } = loadRecords(db, organizationId);
  return {
    header: fullHeader(organizationIds),
    rows: records.map((r) => fullRow(r, organizationIds, eventNames.get(r.eventId) ?? null)),
    skippedNoEmail: 0,
    skippedNoConsent: 0,
  };
}

export function previewExport(db: Database.Database, args: ExportArgs, pack: ContentPack): ExportPreview {
  checkOrganization(db, pack, args.organizationId);
  const contacts = loadContacts(db, args.organizationId);
  // The full export has everyone in scope; the tools' selection is cheap, so run the real one.
  if (args.format === 'full') return { rows: contacts.length, skippedNoEmail: 0, skippedNoConsent: 0 };
  const { rows, skippedNoEmail, skippedNoConsent } = selectForTool(args.format, contacts);
  return { rows: rows.length, skippedNoEmail, skippedNoConsent };
}

export function exportSignups(db: Database.Database, args: ExportArgs, context: { pack: ContentPack; now: Date }): ExportResult {
  checkOrganization(db, context.pack, args.organizationId);
  const selected = select(db, args);
  return {
    filename: exportFilename(args.format, args.organizationId, context.now),
    csv: csvDocument(selected.header, selected.rows),
    rows: selected.rows.length,
    skippedNoEmail: selected.skippedNoEmail,
    skippedNoConsent: selected.skippedNoConsent,
  };
}
