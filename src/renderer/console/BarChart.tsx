/**
 * A small bar chart that is a table underneath: screen readers read labels and numbers, the bars
 * are decoration sized against the largest value.
 */
export function BarChart(props: {
  caption: string;
  labelHeading: string;
  countHeading: string;
  rows: { key: string; label: string; count: number }[];
  empty: string;
  testId: string;
}) {
  const { caption, labelHeading, countHeading, rows, empty, testId } = props;
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="bars" data-testid={testId}>
      <caption>{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{labelHeading}</th>
          <th scope="col">{countHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={2}>{empty}</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="bars__label">
              {row.label}
            </th>
            <td>
              <div className="bars__cell">
                <span className="bars__bar" aria-hidden="true" style={{ width: `${(row.count / max) * 100}%` }} />
                <span className="bars__value">{row.count}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
