/**
 * Content packs in and out of the console: export the active pack as JSON, import one after
 * validating it whole. The console edits organizations and scripts by editing a copy of the pack
 * and importing it, so this is also how edits are saved: one path, one validation.
 */
import { ContentPack } from '../../common/content';
import type { ContentFile, ContentImportResult } from '../../common/organizer';
import { issuesIn, toIssues } from '../validation';
import { AppError } from '../errors';
import { sentence } from '../messages';
import type { ContentStore } from './store';

export function exportContent(content: ContentStore): ContentFile {
  const pack = content.active();
  return { filename: `take-action-content-${pack.id}-${pack.asOf}.json`, json: `${JSON.stringify(pack, null, 2)}\n` };
}

export function importContent(content: ContentStore, candidate: unknown, importedAt: string): ContentImportResult {
  const parsed = ContentPack.safeParse(candidate);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    const listed = issues.slice(0, 5).map((i) => `${i.path}: ${i.reason}`).join('; ');
    const more = issues.length > 5 ? sentence('andMore', { count: issues.length - 5 }) : '';
    const refused = issues.length === 1 ? sentence('contentRefusedOne', { listed }) : sentence('contentRefusedMany', { count: issues.length, listed, more });
    throw new AppError('invalid_argument', refused, { issues }, (language) => issuesIn(language, ContentPack, candidate, issues));
  }
  const pack = parsed.data;
  content.replace(pack, importedAt);
  return {
    id: pack.id,
    version: pack.version,
    asOf: pack.asOf,
    sections: pack.sections.length,
    organizations: pack.organizations.length,
    scripts: pack.scripts.length,
  };
}
