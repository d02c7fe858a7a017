/**
 * Saving a file the console made: a download in the browser host, Electron's save dialog in the
 * desktop app (its session lets the page save its own blob: URLs and nothing else).
 */
export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start reading it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
