import { useTranslation } from 'react-i18next';
import type { Bill, Language } from '../../common/content';
import { fillScriptParts, screenBlank, type ScriptValues } from '../../common/script';

/** A script with its blanks filled; filled values are highlighted, missing ones show a blank line. */
export function ScriptText(props: { text: string; bills: Bill[]; values: ScriptValues; language: Language; testId?: string }) {
  const { i18n } = useTranslation();
  const inScript = i18n.getFixedT(props.language);
  const choices = { title: inScript('script.titleChoice'), chamber: inScript('script.chamberChoice') };
  const parts = fillScriptParts(props.text, props.bills, props.values, screenBlank(choices));
  const paragraphs: (typeof parts)[] = [[]];
  for (const part of parts) {
    if (part.kind === 'text' && part.text.includes('\n')) {
      const pieces = part.text.split(/\n+/);
      pieces.forEach((piece, i) => {
        if (i > 0) paragraphs.push([]);
        if (piece) paragraphs[paragraphs.length - 1]?.push({ kind: 'text', text: piece });
      });
    } else {
      paragraphs[paragraphs.length - 1]?.push(part);
    }
  }
  return (
    <div className="script-text" lang={props.language} data-testid={props.testId}>
      {paragraphs
        .filter((p) => p.length > 0)
        .map((paragraph, i) => (
          <p key={i}>
            {paragraph.map((part, j) =>
              part.kind === 'text' ? (
                <span key={j}>{part.text}</span>
              ) : (
                <mark key={j} className={part.filled ? 'filled' : 'blank'}>
                  {part.text}
                </mark>
              ),
            )}
          </p>
        ))}
    </div>
  );
}
