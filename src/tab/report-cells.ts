import type { FiguresReportJson, Published, PublishedTable, TableId } from './figures-json.js';

export const tableOf = (report: FiguresReportJson, id: TableId): PublishedTable | undefined =>
  report.tables.find((t) => t.id === id);

/** The total row's cell of `column` (the last row of every table is the total over the groups). */
export function totalOf(report: FiguresReportJson, id: TableId, column: string): Published | undefined {
  const table = tableOf(report, id);
  const c = table?.columns.indexOf(column) ?? -1;
  return c < 0 ? undefined : table?.rows.at(-1)?.[c];
}

/** The share in per cent of a cell, when the API published one for it. */
export function rateOf(
  report: FiguresReportJson,
  id: TableId,
  column: string,
  row: number,
): number | undefined {
  const rate = report.rates?.find((r) => r.table === id && r.column === column)?.rows[row];
  return typeof rate === 'number' ? rate : undefined;
}

/** The headline numbers of a period: all groups together. */
export function headlineOf(report: FiguresReportJson) {
  return {
    brought: totalOf(report, 'flow', 'brought'),
    networkHeld: totalOf(report, 'flow', 'network-held'),
    decided: totalOf(report, 'outcomes', 'total'),
    viaTeam: totalOf(report, 'referral-route', 'via-team'),
    direct: totalOf(report, 'referral-route', 'direct'),
    wait: report.waiting.discussed.at(-1),
  };
}
