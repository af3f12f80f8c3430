import { FigureTable, WaitingTable } from './figure-tables.js';
import type { FiguresOptionsJson, FiguresReportJson, TableId } from './figures-json.js';
import { useLayout } from './layout.js';
import { useTab } from './tab-context.js';

/**
 * The tables by topic: the flow, the decisions and services needed, the route to TYM and the need beside each
 * other, how the decisions met the bot's recommendations, bottlenecks, the social situation.
 */
export const TABLE_ORDER: readonly TableId[] = [
  'flow',
  'outcomes',
  'services',
  'referral-route',
  'multidisciplinary',
  'agreement',
  'differed-towards',
  'bottlenecks',
  'profile',
];

export function FigureSections({
  report,
  areas,
}: {
  report: FiguresReportJson;
  areas: FiguresOptionsJson['areas'];
}) {
  const l = useLayout();
  const { m } = useTab();
  return (
    <section aria-labelledby="h-tables">
      <h2 id="h-tables" className={l.heading}>
        {m.tables.title}:{' '}
        {report.groups.length > 0 ? m.groupings[report.grouping].toLowerCase() : m.tables.allGroups}
      </h2>
      {report.groups.length === 0 && <p className={l.lead}>{m.tables.monthOnlyTotal}</p>}
      <p className={l.lead}>{m.cells.legend}</p>
      <div className={l.grid}>
        {TABLE_ORDER.map((id) => (
          <FigureTable key={id} id={id} report={report} areas={areas} />
        ))}
        <WaitingTable report={report} areas={areas} />
      </div>
    </section>
  );
}
