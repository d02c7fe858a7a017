import type { ChangeEvent } from 'react';

/** A button that opens the system's file chooser; the input itself is hidden but focusable. */
export function FilePicker(props: { label: string; accept?: string; multiple?: boolean; disabled?: boolean; onFiles(files: File[]): void; testId: string }) {
  const { label, accept, multiple = false, disabled = false, onFiles, testId } = props;
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <label className={`button button--outline file-picker${disabled ? ' file-picker--disabled' : ''}`}>
      {label}
      <input type="file" className="visually-hidden" accept={accept} multiple={multiple} disabled={disabled} onChange={pick} data-testid={testId} />
    </label>
  );
}
