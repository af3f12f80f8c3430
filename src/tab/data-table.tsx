import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface DataRow {
  readonly key: string;
  readonly header: string;
  readonly cells: readonly ReactNode[];
  readonly isTotal?: boolean;
}

export interface DataTableProps {
  /** The id of the heading that names the table. */
  readonly labelledBy: string;
  readonly describedBy?: string;
  readonly rowHeader: string;
  readonly columns: readonly string[];
  readonly rows: readonly DataRow[];
  /** The last column is a total (shown bold). */
  readonly hasTotalColumn?: boolean;
  /** Columns of text rather than figures, aligned to the start (figures align to the end). */
  readonly textColumns?: readonly number[];
}

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontVariantNumeric: 'tabular-nums',
  },
  th: {
    textAlign: 'right',
    verticalAlign: 'bottom',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    hyphens: 'auto',
  },
  start: { textAlign: 'left' },
  rowHeader: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  td: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  totalColumn: { fontWeight: tokens.fontWeightSemibold },
});

/** A plain, semantic table: column headers, a row header per group, the total row and column in bold. */
export function DataTable(p: DataTableProps) {
  const s = useStyles();
  const last = p.columns.length - 1;
  return (
    <table className={s.table} aria-labelledby={p.labelledBy} aria-describedby={p.describedBy}>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(s.th, s.start)}>
            {p.rowHeader}
          </th>
          {p.columns.map((c, i) => (
            <th scope="col" key={i} className={mergeClasses(s.th, p.textColumns?.includes(i) && s.start)}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr key={r.key} className={r.isTotal ? s.total : undefined}>
            <th scope="row" className={mergeClasses(s.rowHeader, r.isTotal && s.totalColumn)}>
              {r.header}
            </th>
            {r.cells.map((c, i) => (
              <td
                key={i}
                className={mergeClasses(
                  s.td,
                  p.hasTotalColumn && i === last && s.totalColumn,
                  p.textColumns?.includes(i) && s.start,
                )}
              >
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
