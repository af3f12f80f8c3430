import { Button, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { api, type ApiFailure } from './api.js';
import { Bottlenecks } from './bottlenecks.js';
import { downloadCsv } from './csv-download.js';
import { Failure } from './failure.js';
import { FigureSections } from './figure-sections.js';
import type { FiguresOptionsJson, Grouping } from './figures-json.js';
import { periodLabel } from './format.js';
import { Headline } from './headline.js';
import { useLayout } from './layout.js';
import { Pickers } from './pickers.js';
import { tabHref, useTab } from './tab-context.js';
import { Trend } from './trend.js';
import { useResource } from './use-resource.js';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'end',
    gap: tokens.spacingHorizontalL,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
});

/**
 * The period a dashboard opens on: the newest quarter of the pilot that has begun by this month. At pilot scale a
 * month per area is mostly "<5" cells; a quarter shows figures. Before the pilot begins, this month.
 */
function defaultPeriod(options: FiguresOptionsJson): string {
  // quarter ids ("2026-Q2") sort as their quarters do; this month's quarter bounds the ones begun
  const [year, month] = options.current.split('-').map(Number);
  const now = `${year}-Q${Math.ceil((month ?? 1) / 3)}`;
  const quarter = options.periods.find((p) => p.kind === 'quarter' && p.id <= now);
  return quarter?.id ?? options.current;
}

/** The choice in the address (kept on reload and in the report link), else the default period and the first area. */
function initialChoice(options: FiguresOptionsJson, params: URLSearchParams) {
  const period = params.get('period') ?? '';
  const grouping = params.get('grouping') ?? '';
  const area = params.get('area') ?? '';
  return {
    period: options.periods.some((p) => p.id === period) ? period : defaultPeriod(options),
    grouping: (options.groupings as readonly string[]).includes(grouping) ? (grouping as Grouping) : 'area',
    area: options.areas.some((a) => a.code === area) ? area : (options.areas[0]?.code ?? ''),
  };
}

export function Dashboard() {
  const { lang, m, auth } = useTab();
  const l = useLayout();
  const options = useResource(`options|${lang}`, (signal) => api.options(lang, auth, signal));
  if (options.state === 'loading') return <Spinner className={l.loading} label={m.loading} />;
  if (!options.ok)
    return (
      <main className={l.page}>
        <h1 className={l.title}>{m.appTitle}</h1>
        <Failure error={options.error} />
      </main>
    );
  return <DashboardPage options={options.value} />;
}

function DashboardPage({ options }: { options: FiguresOptionsJson }) {
  const s = useStyles();
  const l = useLayout();
  const { lang, m, auth, params } = useTab();
  const [choice, setChoice] = useState(() => initialChoice(options, params));
  const [csvError, setCsvError] = useState<ApiFailure>();
  const { period, grouping, area } = choice;
  useEffect(() => window.history.replaceState(null, '', tabHref(params, choice)), [params, choice]);
  const report = useResource(`${period}|${grouping}`, (signal) =>
    api.figures(period, grouping, auth, signal),
  );
  // the trend (six months of figures) is asked for once the first figures are in: computed first, it would hold up
  // the headline numbers on a busy server
  const [isTrendDue, setTrendDue] = useState(false);
  useEffect(() => {
    if (report.state === 'done') setTrendDue(true);
  }, [report.state]);
  const trend = useResource(isTrendDue ? grouping : undefined, (signal) => api.trend(grouping, auth, signal));
  const onCsv = async () => {
    const r = await downloadCsv(period, grouping, auth);
    setCsvError(r.ok ? undefined : r.error);
  };
  return (
    <div className={l.page}>
      <header>
        <h1 className={l.title}>{m.appTitle}</h1>
        <p className={s.subtitle}>{m.appSubtitle}</p>
      </header>
      <main className={l.main}>
        <section aria-label={m.pickers.label} className={mergeClasses(l.card, s.toolbar)}>
          <Pickers
            options={options}
            period={period}
            grouping={grouping}
            onPeriodChange={(p) => setChoice({ ...choice, period: p })}
            onGroupingChange={(g) => setChoice({ ...choice, grouping: g })}
          />
          <div className={s.actions}>
            <Button appearance="primary" onClick={() => void onCsv()}>
              {m.actions.csv}
            </Button>
            <Button as="a" href={tabHref(params, { view: 'report', period, grouping })}>
              {m.actions.report}
            </Button>
          </div>
        </section>
        {csvError && <Failure error={csvError} failedText={m.errors.download} />}
        {report.state === 'loading' ? (
          <Spinner className={l.loading} label={m.loading} />
        ) : !report.ok ? (
          <Failure error={report.error} />
        ) : (
          <>
            <section aria-labelledby="h-headline">
              <h2 id="h-headline" className={l.heading}>
                {m.headline.title}: {periodLabel(period, lang, m)}
              </h2>
              <p className={l.lead}>{m.headline.allAreas}</p>
              <Headline report={report.value} />
            </section>
            <section aria-labelledby="h-trend" className={l.card}>
              <h2 id="h-trend" className={l.heading}>
                {m.trend.title}
              </h2>
              <p className={l.lead}>{m.trend.description}</p>
              {trend.state === 'loading' ? (
                <Spinner size="tiny" label={m.loading} />
              ) : trend.ok ? (
                <Trend trend={trend.value} labelledBy="h-trend" />
              ) : (
                <Failure error={trend.error} />
              )}
            </section>
            <FigureSections report={report.value} areas={options.areas} />
          </>
        )}
        <section aria-labelledby="h-bottlenecks" className={l.card}>
          <h2 id="h-bottlenecks" className={l.heading}>
            {m.bottlenecks.title}: {periodLabel(period, lang, m)}
          </h2>
          <p className={l.lead}>{m.bottlenecks.description}</p>
          <Bottlenecks
            period={period}
            area={area}
            areas={options.areas}
            onAreaChange={(a) => setChoice({ ...choice, area: a })}
            labelledBy="h-bottlenecks"
          />
        </section>
      </main>
      <footer className={l.footer}>
        <p>{m.cells.legend}</p>
      </footer>
    </div>
  );
}
