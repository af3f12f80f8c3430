import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Cell } from './cell.js';
import { waitingText } from './format.js';
import type { FiguresReportJson, Published } from './figures-json.js';
import { headlineOf } from './report-cells.js';
import { useTab } from './tab-context.js';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  tile: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  label: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  values: { margin: 0, display: 'flex', gap: tokens.spacingHorizontalXXL },
  value: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  unit: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightRegular, marginLeft: '0.25em' },
  note: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** A big number with, below it, what it is (`via the team`) or why it is not shown (`1–4 cases`, `hidden`). */
function Figure(p: { testId: string; value: Published | undefined; caption?: string; unit?: string }) {
  const s = useStyles();
  const { m } = useTab();
  const why =
    p.value === 'small'
      ? m.headline.smallNote
      : typeof p.value === 'number'
        ? undefined
        : m.headline.hiddenNote;
  return (
    <span>
      <span className={s.value} data-testid={p.testId}>
        <Cell value={p.value} />
      </span>
      {p.unit && <span className={s.unit}>{p.unit}</span>}
      {p.caption && <span className={s.note}>{p.caption}</span>}
      {why && (
        <span className={s.note} aria-hidden="true">
          {why}
        </span>
      )}
    </span>
  );
}

function Tile({ label, children }: { label: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <div className={s.tile}>
      <dt className={s.label}>{label}</dt>
      <dd className={s.values}>{children}</dd>
    </div>
  );
}

/** The figures an evaluator looks for first: all groups of the period together. */
export function Headline({ report }: { report: FiguresReportJson }) {
  const s = useStyles();
  const { lang, m } = useTab();
  const h = headlineOf(report);
  const median = waitingText(h.wait, 'median', lang, m);
  const p90 = waitingText(h.wait, 'p90', lang, m);
  return (
    <dl className={s.list}>
      <Tile label={m.headline.brought}>
        <Figure testId="headline-brought" value={h.brought} />
      </Tile>
      <Tile label={m.headline.networkHeld}>
        <Figure testId="headline-network-held" value={h.networkHeld} />
      </Tile>
      <Tile label={m.headline.decided}>
        <Figure testId="headline-decided" value={h.decided} />
      </Tile>
      <Tile label={m.headline.referrals}>
        <Figure testId="headline-via-team" value={h.viaTeam} caption={m.headline.viaTeam} />
        <Figure testId="headline-direct" value={h.direct} caption={m.headline.direct} />
      </Tile>
      <Tile label={m.headline.medianWait}>
        <span>
          <span className={s.value} data-testid="headline-median-wait">
            {median.spoken === undefined ? median.shown : <Cell value="small" />}
          </span>
          <span className={s.unit}>{m.headline.days}</span>
          <span className={s.note}>
            {p90.spoken === undefined ? m.headline.p90(p90.shown) : m.headline.fewMeasured}
          </span>
        </span>
      </Tile>
    </dl>
  );
}
