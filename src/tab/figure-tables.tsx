import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Cell } from './cell.js';
import { DataTable, type DataRow } from './data-table.js';
import { columnLabel, formatPercent, groupLabel, waitingText } from './format.js';
import type { FiguresOptionsJson, FiguresReportJson, TableId, Waiting } from './figures-json.js';
import { rateOf, tableOf } from './report-cells.js';
import { useTab } from './tab-context.js';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  wide: { gridColumn: '1 / -1' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  rate: {
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  description: {
    margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** Tables this wide get a whole row of the grid. */
const WIDE_FROM_COLUMNS = 4;

export interface FigureTableProps {
  readonly id: TableId;
  readonly report: FiguresReportJson;
  readonly areas: FiguresOptionsJson['areas'];
}

function useRowHeaders(report: FiguresReportJson, areas: FiguresOptionsJson['areas']) {
  const { m } = useTab();
  return [...report.groups.map((g) => groupLabel(report.grouping, g, areas, m)), m.tables.total];
}

/** One published table with its title, what it counts, and a row per group plus the total. */
export function FigureTable({ id, report, areas }: FigureTableProps) {
  const s = useStyles();
  const { lang, m } = useTab();
  const headers = useRowHeaders(report, areas);
  const table = tableOf(report, id);
  if (!table) return null;
  const text = m.tables.byId[id];
  const rows: DataRow[] = table.rows.map((row, r) => ({
    key: headers[r] ?? String(r),
    header: headers[r] ?? '',
    cells: row.map((v, c) => {
      const rate = rateOf(report, id, table.columns[c] ?? '', r);
      return (
        <span key={c}>
          <Cell value={v} />
          {rate !== undefined && v !== 0 && (
            <span className={`tym-rate ${s.rate}`}>{formatPercent(rate, lang)}</span>
          )}
        </span>
      );
    }),
    isTotal: r === table.rows.length - 1,
  }));
  return (
    <section
      className={mergeClasses(s.card, table.columns.length >= WIDE_FROM_COLUMNS && s.wide)}
      aria-labelledby={`t-${id}`}
    >
      <h3 id={`t-${id}`} className={s.title}>
        {text.title}
      </h3>
      <p id={`d-${id}`} className={s.description}>
        {text.description}
      </p>
      <DataTable
        labelledBy={`t-${id}`}
        describedBy={`d-${id}`}
        rowHeader={m.groupingColumn[report.grouping]}
        columns={table.columns.map((c) => columnLabel(id, c, m))}
        rows={rows}
        hasTotalColumn={table.columns.at(-1) === 'total'}
      />
    </section>
  );
}

/** Waiting times per group: median and 90th percentile, to the team's discussion and to a network consultation. */
export function WaitingTable({ report, areas }: Omit<FigureTableProps, 'id'>) {
  const s = useStyles();
  const { lang, m } = useTab();
  const headers = useRowHeaders(report, areas);
  const show = (w: Waiting | undefined, part: 'median' | 'p90') => {
    const t = waitingText(w, part, lang, m);
    return t.spoken === undefined ? t.shown : <Cell value="small" />;
  };
  const rows: DataRow[] = headers.map((header, r) => {
    const [d, n] = [report.waiting.discussed[r], report.waiting.network[r]];
    return {
      key: header,
      header,
      cells: [show(d, 'median'), show(d, 'p90'), show(n, 'median'), show(n, 'p90')],
      isTotal: r === headers.length - 1,
    };
  });
  const c = m.tables.waitingColumns;
  return (
    <section className={mergeClasses(s.card, s.wide)} aria-labelledby="t-waiting">
      <h3 id="t-waiting" className={s.title}>
        {m.tables.waiting.title}
      </h3>
      <p id="d-waiting" className={s.description}>
        {m.tables.waiting.description}
      </p>
      <DataTable
        labelledBy="t-waiting"
        describedBy="d-waiting"
        rowHeader={m.groupingColumn[report.grouping]}
        columns={[c.discussedMedian, c.discussedP90, c.networkMedian, c.networkP90]}
        rows={rows}
      />
    </section>
  );
}
