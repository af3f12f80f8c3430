import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { periodLabel } from './format.js';
import type { FiguresOptionsJson, Grouping, PeriodKind } from './figures-json.js';
import { useTab } from './tab-context.js';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  field: { minWidth: '14rem' },
});

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'pilot'];

export interface PickersProps {
  readonly options: FiguresOptionsJson;
  readonly period: string;
  readonly grouping: Grouping;
  readonly onPeriodChange: (period: string) => void;
  readonly onGroupingChange: (grouping: Grouping) => void;
}

/** Only the fixed periods and groupings the API publishes: nothing free-form (a chosen range could single a client out). */
export function Pickers({ options, period, grouping, onPeriodChange, onGroupingChange }: PickersProps) {
  const s = useStyles();
  const { lang, m } = useTab();
  return (
    <div className={s.bar}>
      <Field label={m.pickers.period} className={s.field}>
        <Select value={period} onChange={(_, d) => onPeriodChange(d.value)} data-testid="period-picker">
          {KINDS.map((kind) => {
            const periods = options.periods.filter((p) => p.kind === kind);
            return periods.length === 0 ? null : (
              <optgroup key={kind} label={m.pickers.kinds[kind]}>
                {periods.map((p) => (
                  <option key={p.id} value={p.id}>
                    {periodLabel(p.id, lang, m)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </Select>
      </Field>
      <Field label={m.pickers.grouping} className={s.field}>
        <Select
          value={grouping}
          onChange={(_, d) => onGroupingChange(d.value as Grouping)}
          data-testid="grouping-picker"
        >
          {options.groupings.map((g) => (
            <option key={g} value={g}>
              {m.groupings[g]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
