import type { FrameIndex } from './frame-layout.js';

/**
 * The months' totals (total row, total column), then quarters and the pilot: flows summed from their months,
 * stocks repeated from their month. An area-only column's total row in the other groupings is the area total.
 * Positions are `base + (p · R + r) · C + c` (FrameIndex.at), computed inline: this runs over every cell.
 */
export function sumFrame(index: FrameIndex, values: Int32Array): void {
  const { layout } = index;
  const R0 = index.rows(0);
  for (let g = 0; g < layout.groupRows.length; g++)
    for (let t = 0; t < layout.tables.length; t++) {
      const R = index.rows(g);
      const C = index.cols(t);
      const base = index.offset(g, t);
      const areaTotal = index.offset(0, t) + (R0 - 1) * C;
      const shape = layout.tables[t]!;
      for (let p = 0; p < index.periods; p++) {
        const agg = p - layout.months;
        for (let r = 0; r < R; r++)
          for (let c = 0; c < shape.columns; c++) {
            const at = base + (p * R + r) * C + c;
            if (agg >= 0)
              values[at] = index.isStock(t, c)
                ? values[base + (layout.stockMonth[agg]! * R + r) * C + c]!
                : sumOver(values, layout.aggregates[agg]!, base + r * C + c, R * C);
            else if (r === R - 1)
              values[at] =
                g > 0 && index.isFirstGroupingOnly(t, c)
                  ? values[areaTotal + p * R0 * C + c]!
                  : sumRows(values, base + p * R * C + c, R - 1, C);
          }
        if (shape.hasColumnTotal)
          for (let r = 0; r < R; r++) {
            const row = base + (p * R + r) * C;
            let sum = 0;
            for (let c = 0; c < shape.columns; c++) sum += values[row + c]!;
            values[row + C - 1] = sum;
          }
      }
    }
}

/** The sum of a cell over the given months (`first` is the cell in month 0, `stride` a month's cells). */
function sumOver(values: Int32Array, months: readonly number[], first: number, stride: number): number {
  let sum = 0;
  for (let i = 0; i < months.length; i++) sum += values[first + months[i]! * stride]!;
  return sum;
}

/** The sum of a column over the first `rows` rows (`first` is the cell in row 0, `stride` a row's cells). */
function sumRows(values: Int32Array, first: number, rows: number, stride: number): number {
  let sum = 0;
  for (let r = 0; r < rows; r++) sum += values[first + r * stride]!;
  return sum;
}
