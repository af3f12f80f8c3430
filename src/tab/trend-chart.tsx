import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import { periodLabel } from './format.js';
import type { TrendJson } from './figures-json.js';
import { useTab } from './tab-context.js';
import { monthRows, SERIES, seriesLabel } from './trend-rows.js';

// the legend capitalises every word by default ("Tuotu Tiimiin"), which is not how Finnish or English is written
const useStyles = makeStyles({ legendText: { textTransform: 'none' } });

/**
 * The months as grouped bars. Small and hidden figures are left out of the chart (the table shows "<5" / "–").
 * Loaded on its own (charts and d3 are half the bundle), so the headline numbers do not wait for it.
 */
export default function TrendChart({ trend }: { trend: TrendJson }) {
  const s = useStyles();
  const { lang, m } = useTab();
  const data: GroupedVerticalBarChartData[] = monthRows(trend).map(({ month, values }) => ({
    name: periodLabel(month, lang, m, 'short'),
    series: SERIES.flatMap((key) => {
      const v = values[key];
      return typeof v === 'number' ? [{ key, data: v, legend: seriesLabel(m, key) }] : [];
    }),
  }));
  return (
    <GroupedVerticalBarChart
      data={data}
      height={280}
      barWidth="auto"
      maxBarWidth={36}
      chartTitle={m.trend.chartLabel}
      hideLabels
      roundedTicks
      roundCorners
      culture={lang === 'fi' ? 'fi-FI' : 'en-GB'}
      legendProps={{ styles: { text: s.legendText } }}
    />
  );
}
