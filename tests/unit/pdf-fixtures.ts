/** An event and a core set up for the PDF tests, and the inputs to make the same files directly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentPack } from '../../src/common/content';
import type { DocumentsPdfArgs } from '../../src/common/documents';
import type { EventSettings } from '../../src/common/event';
import { defaultPack } from '../../src/core/content/store';
import { createCore, type Core } from '../../src/core/core';
import { openStore } from '../../src/core/db/open';
import { defaultEvent, saveEvent } from '../../src/core/event/settings';
import type { PdfContext } from '../../src/core/pdf/context';
import { pdfFonts } from '../../src/core/pdf/fonts';
import { TestClock } from './helpers';

export const RALLY: EventSettings = {
  ...defaultEvent(),
  id: '7b0b6a2e-3c1f-4d55-9a43-2f0e6c1d8b10',
  name: 'Boston Rally for Immigrant Families',
  date: '2026-11-28',
  place: 'Boston Common, Parkman Bandstand',
};

export const CREATED_AT = new TestClock().now();

export const RESOURCES = path.resolve(import.meta.dirname, '..', '..', 'resources');

/**
 * A core whose current event is RALLY, for a whole test file: the shared helpers close their
 * cores after each test, and the PDF tests make many documents from one.
 */
export function rallyCore(): { core: Core; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-pdf-'));
  const { db } = openStore(dir);
  saveEvent(db, RALLY, CREATED_AT.toISOString());
  db.close();
  const core = createCore({ dataDir: dir, clock: new TestClock() });
  return {
    core,
    close: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function pdfContext(pack: ContentPack = defaultPack(), event: EventSettings = RALLY): PdfContext {
  return { pack, event, fonts: pdfFonts(RESOURCES), createdAt: CREATED_AT };
}

/** A readable name for a request: "script-es-letter-2up", "flyer-pt-br-a4". */
export function requestName(args: DocumentsPdfArgs): string {
  const layout = args.kind === 'script' && args.layout === '2-up' ? '-2up' : '';
  return `${args.kind}-${args.language.toLowerCase()}-${args.paper}${layout}`;
}
