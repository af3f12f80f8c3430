import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { Cell } from './cell.js';
import { DataTable } from './data-table.js';
import { periodLabel } from './format.js';
import type { TrendJson } from './figures-json.js';
import { useTab } from './tab-context.js';
import { monthRows, SERIES, seriesLabel } from './trend-rows.js';

const TrendChart = lazy(() => import('./trend-chart.js'));

const useStyles = makeStyles({
  note: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  panel: { paddingTop: tokens.spacingVerticalM, minHeight: '300px' },
});

export function TrendTable({ trend, labelledBy }: { trend: TrendJson; labelledBy: string }) {
  const { lang, m } = useTab();
  return (
    <DataTable
      labelledBy={labelledBy}
      rowHeader={m.trend.month}
      columns={SERIES.map((key) => seriesLabel(m, key))}
      rows={monthRows(trend).map(({ month, values }) => ({
        key: month,
        header: periodLabel(month, lang, m),
        cells: SERIES.map((key) => <Cell key={key} value={values[key]} />),
      }))}
    />
  );
}

/** The chart, and the same figures as a table for those who do not see the chart (one tab away). */
export function Trend({ trend, labelledBy }: { trend: TrendJson; labelledBy: string }) {
  const s = useStyles();
  const { m } = useTab();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <>
      <TabList
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value === 'table' ? 'table' : 'chart')}
        aria-label={m.trend.views}
      >
        <Tab value="chart" id="trend-tab-chart" aria-controls="trend-panel">
          {m.trend.chart}
        </Tab>
        <Tab value="table" id="trend-tab-table" aria-controls="trend-panel">
          {m.trend.table}
        </Tab>
      </TabList>
      <div role="tabpanel" id="trend-panel" aria-labelledby={`trend-tab-${view}`} className={s.panel}>
        {view === 'chart' ? (
          <Suspense fallback={<Spinner size="tiny" label={m.loading} />}>
            <TrendChart trend={trend} />
          </Suspense>
        ) : (
          <TrendTable trend={trend} labelledBy={labelledBy} />
        )}
        <p className={s.note}>{m.trend.missing}</p>
      </div>
    </>
  );
}
