/**
 * HTML equivalents of the flyer and the organization directory, for the benchmark's baseline:
 * what printing with Chromium's `page.pdf()` would take instead of pdfkit. Same content, same
 * fonts (DejaVu Sans from resources/), QR codes as inline SVG, page numbers in the footer.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import QRCode from 'qrcode';
import type { ContentPack, Organization } from '../src/common/content';
import type { EventSettings } from '../src/common/event';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function fontFaces(resources: string): string {
  const url = (file: string) => pathToFileURL(path.join(resources, 'fonts', file)).href;
  return `@font-face { font-family: 'Doc'; src: url('${url('DejaVuSans.ttf')}'); font-weight: 400; }
    @font-face { font-family: 'Doc'; src: url('${url('DejaVuSans-Bold.ttf')}'); font-weight: 700; }`;
}

async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

const BASE_CSS = `
  body { font-family: 'Doc'; margin: 0; color: #151515; }
  h1, h2, h3 { color: #0b4a66; margin: 0; }
  .qr svg { width: 100%; height: 100%; display: block; }
`;

export async function flyerHtml(pack: ContentPack, event: EventSettings, orgs: Organization[], resources: string): Promise<string> {
  const codes = await Promise.all(orgs.map((org) => qrSvg(org.url ?? '')));
  const ways = pack.sections
    .map((s) => `<div class="way"><b>${escape(s.title.en)}</b><br>${escape(s.intro?.en ?? '')}</div>`)
    .join('');
  const cells = orgs
    .map((org, i) => `<div class="cell"><div class="qr">${codes[i]}</div><b>${escape(org.name)}</b><br><small>${escape(org.url ?? '')}</small></div>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${fontFaces(resources)}${BASE_CSS}
    @page { size: Letter; margin: 0.5in; }
    .band { background: #0b4a66; color: white; padding: 18px; } .band h1 { color: white; font-size: 30pt; }
    .ways { columns: 2; column-gap: 18px; font-size: 10.5pt; } .way { break-inside: avoid; border-left: 3px solid #0b4a66; padding: 4px 8px; margin: 8px 0; }
    .grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; text-align: center; font-size: 10pt; margin-top: 16px; }
    .qr { width: 132px; height: 132px; margin: 0 auto; }
  </style></head><body>
    <div class="band"><h1>${escape(event.name)}</h1><div>${escape(event.date ?? '')} · ${escape(event.place ?? '')}</div></div>
    <h2>${escape(pack.title.en)}</h2><p>${escape(pack.intro.en)}</p>
    <h3>Ways to take action</h3><div class="ways">${ways}</div>
    <p style="text-align:center">Scan a code with your phone’s camera to visit the organization’s website.</p>
    <div class="grid">${cells}</div>
    <p style="text-align:center;color:#0b4a66"><b>At the kiosk: find organizations, call your legislators, and sign up to be contacted.</b></p>
  </body></html>`;
}

export async function directoryHtml(pack: ContentPack, event: EventSettings, resources: string): Promise<string> {
  const codes = new Map(await Promise.all(pack.organizations.map(async (o) => [o.id, await qrSvg(o.url ?? '')] as const)));
  const sections = pack.sections
    .filter((s) => s.kind === 'organizations')
    .map((section) => {
      const entries = pack.organizations
        .filter((o) => o.sectionId === section.id)
        .map(
          (org) => `<div class="entry"><div class="qr">${codes.get(org.id) ?? ''}</div>
            <b class="name">${escape(org.name)}</b><br><small>${escape(org.location?.en ?? '')}</small>
            <p>${escape(org.summary.en)}</p><p><b>How to help:</b> ${escape(org.howToHelp.en)}</p>
            <p><b>Website:</b> ${escape(org.url ?? '')}${org.phone ? `<br><b>Phone:</b> ${escape(org.phone)}` : ''}</p></div>`,
        )
        .join('');
      return `<h2>${escape(section.title.en)}</h2><p class="intro">${escape(section.intro?.en ?? '')}</p>${entries}`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${fontFaces(resources)}${BASE_CSS}
    @page { size: Letter; margin: 0.75in 0.5in; }
    body { font-size: 9pt; } h2 { border-bottom: 1px solid #0b4a66; margin-top: 18px; break-after: avoid; }
    .intro { color: #4d4d4d; break-after: avoid; } .entry { break-inside: avoid; margin: 11px 0; min-height: 60px; }
    .entry p { margin: 3px 0; } .name { font-size: 11.5pt; } .qr { float: right; width: 60px; height: 60px; margin-left: 14px; }
  </style></head><body><h1>Organization directory</h1><p>${escape(event.name)}</p><p>${escape(pack.intro.en)}</p>${sections}</body></html>`;
}

/** Header and footer templates for page.pdf(): the event's name, "Page X of Y". */
export function pageChromeTemplates(event: EventSettings): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: Doc, sans-serif; font-size: 8px; color: #4d4d4d; width: 100%; padding: 0 0.5in;';
  return {
    headerTemplate: `<div style="${style}"><b>${escape(event.name)}</b><span style="float:right">Organization directory</span></div>`,
    footerTemplate: `<div style="${style}">${escape(event.name)}<span style="float:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}
