import { Button, Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { api, type ApiFailure } from './api.js';
import { Failure } from './failure.js';
import { FigureTable, WaitingTable } from './figure-tables.js';
import type { FiguresOptionsJson, FiguresReportJson, Grouping } from './figures-json.js';
import { localeOf, periodLabel } from './format.js';
import { Headline } from './headline.js';
import { useLayout } from './layout.js';
import { reportPages } from './report-pages.js';
import { tabHref, useTab } from './tab-context.js';
import { useResource } from './use-resource.js';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const GROUPINGS: readonly Grouping[] = ['area', 'organisation', 'age-group'];

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const s = useStyles();
  const l = useLayout();
  return (
    <section className={`report-section ${s.section}`} aria-labelledby={id} data-report-section>
      <h2 id={id} className={l.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The printable period report (`?view=report&period=…&grouping=…`): no pickers, A4 pages, a print button. */
export function Report() {
  const l = useLayout();
  const { lang, m, auth, params } = useTab();
  const asked = params.get('grouping') ?? '';
  const grouping = GROUPINGS.find((g) => g === asked) ?? 'area';
  const options = useResource(`options|${lang}`, (signal) => api.options(lang, auth, signal));
  const period =
    params.get('period') ?? (options.state === 'done' && options.ok ? options.value.current : undefined);
  const report = useResource(period && `${period}|${grouping}`, (signal) =>
    api.report(period ?? '', grouping, auth, signal),
  );
  const failure = (error: ApiFailure) => (
    <main className={l.main}>
      <h1 className={l.title}>{m.appTitle}</h1>
      <Failure error={error} />
    </main>
  );
  let body: ReactNode = <Spinner className={l.loading} label={m.loading} />;
  if (options.state === 'done' && !options.ok) body = failure(options.error);
  else if (options.state === 'done' && options.ok && report.state === 'done')
    body = report.ok ? (
      <ReportBody report={report.value} areas={options.value.areas} />
    ) : (
      failure(report.error)
    );
  return <div className={`${l.page} report`}>{body}</div>;
}

function ReportBody({ report, areas }: { report: FiguresReportJson; areas: FiguresOptionsJson['areas'] }) {
  const s = useStyles();
  const l = useLayout();
  const { lang, m, params } = useTab();
  const printed = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(new Date());
  return (
    <>
      <nav className={`no-print ${s.bar}`} aria-label={m.report.navigation}>
        <Link href={tabHref(params, { period: report.period, grouping: report.grouping })}>
          {m.actions.back}
        </Link>
        <Button appearance="primary" onClick={() => window.print()}>
          {m.actions.print}
        </Button>
      </nav>
      <main className={l.main}>
        <header>
          <h1 className={l.title}>{m.report.title(periodLabel(report.period, lang, m))}</h1>
          <p className={s.meta}>{m.report.meta(m.groupings[report.grouping], printed)}</p>
        </header>
        {reportPages(report.groups.length).map((page, i) => (
          <Section key={page.title} title={m.report.pages[page.title]} id={`r-page-${i}`}>
            {page.items.map((item) =>
              item === 'headline' ? (
                <Headline key={item} report={report} />
              ) : item === 'waiting' ? (
                <WaitingTable key={item} report={report} areas={areas} />
              ) : (
                <FigureTable key={item} id={item} report={report} areas={areas} />
              ),
            )}
            {i === 0 && <p className={l.lead}>{m.cells.legend}</p>}
          </Section>
        ))}
      </main>
    </>
  );
}
