import type { FrameIndex } from './frame-layout.js';

/**
 * The months' totals (total row, total column), then quarters and the pilot: flows summed from their months,
 * stocks repeated from their month. An area-only column's total row in the other groupings is the area total.
 */
export function sumFrame(index: FrameIndex, values: Int32Array): void {
  const { layout } = index;
  const G = layout.groupRows.length;
  for (let g = 0; g < G; g++)
    for (let t = 0; t < layout.tables.length; t++) {
      const [R, Cs] = [index.rows(g), index.cols(t)];
      const shape = layout.tables[t]!;
      for (let p = 0; p < index.periods; p++) {
        const agg = p - layout.months;
        for (let r = 0; r < R; r++)
          for (let c = 0; c < shape.columns; c++) {
            const at = index.at(g, t, p, r, c);
            if (agg >= 0)
              values[at] = index.isStock(t, c)
                ? values[index.at(g, t, layout.stockMonth[agg]!, r, c)]!
                : layout.aggregates[agg]!.reduce((a, m) => a + values[index.at(g, t, m, r, c)]!, 0);
            else if (r === R - 1)
              values[at] =
                g > 0 && index.isFirstGroupingOnly(t, c)
                  ? values[index.at(0, t, p, index.rows(0) - 1, c)]!
                  : sumRows(index, values, g, t, p, c);
          }
        if (shape.hasColumnTotal)
          for (let r = 0; r < R; r++) {
            let sum = 0;
            for (let c = 0; c < shape.columns; c++) sum += values[index.at(g, t, p, r, c)]!;
            values[index.at(g, t, p, r, Cs - 1)] = sum;
          }
      }
    }
}

function sumRows(index: FrameIndex, values: Int32Array, g: number, t: number, p: number, c: number): number {
  let sum = 0;
  for (let r = 0; r < index.rows(g) - 1; r++) sum += values[index.at(g, t, p, r, c)]!;
  return sum;
}
