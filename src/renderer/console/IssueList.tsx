import type { FieldIssue } from '../../common/errors';

/** Shown in full would be hundreds of lines for a wrong file; the first ones say what is wrong. */
const SHOWN = 12;

/** Where a refused file or form is wrong: the exact field and the reason, as core reported them. */
export function IssueList({ issues, more }: { issues: FieldIssue[]; more(count: number): string }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issues" data-testid="issues">
      {issues.slice(0, SHOWN).map((issue, i) => (
        <li key={i}>
          <code>{issue.path}</code>: {issue.reason}
        </li>
      ))}
      {issues.length > SHOWN && <li>{more(issues.length - SHOWN)}</li>}
    </ul>
  );
}
