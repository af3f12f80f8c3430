import { Field, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { api } from './api.js';
import { DataTable } from './data-table.js';
import { formatNumber } from './format.js';
import type { FiguresOptionsJson } from './figures-json.js';
import { Failure } from './failure.js';
import { useTab } from './tab-context.js';
import { useResource } from './use-resource.js';

const useStyles = makeStyles({
  picker: { maxWidth: '16rem', marginBottom: tokens.spacingVerticalM },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { maxHeight: '24rem', overflowY: 'auto', maxWidth: '40rem' },
});

export interface BottlenecksProps {
  readonly period: string;
  readonly area: string;
  readonly areas: FiguresOptionsJson['areas'];
  readonly onAreaChange: (area: string) => void;
  readonly labelledBy: string;
}

/** The cases behind the bottleneck figures of one area: references, the reason and how many days, nothing more. */
export function Bottlenecks({ period, area, areas, onAreaChange, labelledBy }: BottlenecksProps) {
  const s = useStyles();
  const { lang, m, auth } = useTab();
  const list = useResource(`${period}|${area}`, (signal) => api.bottlenecks(period, area, auth, signal));
  const areaName = areas.find((a) => a.code === area)?.name ?? area;
  const cases = list.state === 'done' && list.ok ? [...list.value.cases].sort((a, b) => b.days - a.days) : [];
  return (
    <>
      <Field label={m.pickers.area} className={s.picker}>
        <Select value={area} onChange={(_, d) => onAreaChange(d.value)} data-testid="area-picker">
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      {list.state === 'loading' ? (
        <Spinner size="tiny" label={m.loading} />
      ) : !list.ok ? (
        <Failure error={list.error} />
      ) : cases.length === 0 ? (
        <p className={s.empty}>{m.bottlenecks.empty}</p>
      ) : (
        // focusable so that the list scrolls by keyboard; named apart from its section
        <div className={s.list} tabIndex={0} role="region" aria-label={m.bottlenecks.listLabel(areaName)}>
          <DataTable
            labelledBy={labelledBy}
            rowHeader={m.bottlenecks.reference}
            columns={[m.bottlenecks.reason, m.bottlenecks.days]}
            textColumns={[0]}
            rows={cases.map((c) => ({
              key: `${c.reference}|${c.reason}`,
              header: c.reference,
              cells: [m.bottlenecks.reasons[c.reason] ?? c.reason, formatNumber(c.days, lang)],
            }))}
          />
        </div>
      )}
    </>
  );
}
