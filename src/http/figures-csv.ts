import { formatPeriod } from '../domain/figures/period.js';
import type { FiguresReport, Published, Waiting } from '../domain/figures/report.js';

/** Finnish Excel: UTF-8 with a BOM, `;` between fields, decimal comma, CRLF. */
const BOM = '\uFEFF';
const decimal = (x: number) => String(Math.round(x * 10) / 10).replace('.', ',');
const cell = (v: Published) => (v === 'small' ? '<5' : v === 'hidden' ? '..' : String(v));
const waiting = (w: Waiting | undefined): [string, string] =>
  w === undefined || w === 'small' ? ['<5', '<5'] : [decimal(w.median), decimal(w.p90)];

/**
 * The suppressed figures in long form: one row per table, group and column, so every row parses the same way.
 * Codes, not labels: the export is for the evaluators' spreadsheets; the card carries the words.
 */
export function figuresCsv(r: FiguresReport): string {
  const period = formatPeriod(r.period);
  const groups = [...r.groups, 'total'];
  const lines = [['period', 'grouping', 'figure', 'group', 'category', 'value']];
  for (const t of r.tables)
    t.rows.forEach((row, g) =>
      row.forEach((v, c) => lines.push([period, r.grouping, t.id, groups[g]!, t.columns[c]!, cell(v)])),
    );
  for (const [figure, values] of Object.entries(r.waiting))
    values.forEach((w, g) => {
      const [median, p90] = waiting(w);
      lines.push([period, r.grouping, `waiting-${figure}-days`, groups[g]!, 'median', median]);
      lines.push([period, r.grouping, `waiting-${figure}-days`, groups[g]!, 'p90', p90]);
    });
  return BOM + lines.map((l) => l.join(';')).join('\r\n') + '\r\n';
}
