import { z } from 'zod';
import template from '../../cards/team-form.card.json' with { type: 'json' };
import type { Area } from '../domain/areas.js';
import { WEEKDAYS } from '../domain/scheduling/calendar-date.js';
import { DEFAULT_MINUTES_PER_CASE, MEMBER_ROLES, RHYTHM_INTERVALS } from '../domain/team/team.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

const Text = z.string().min(1);
const Choice = z.object({ title: Text, value: Text });

export const TeamFormData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  problems: z.array(Text),
  problemText: z.string(),
  areas: z.array(Choice),
  weekdays: z.array(Choice),
  intervals: z.array(Choice),
  memberRoles: z.array(z.object({ title: Text, pickerId: Text, typedId: Text, typed: z.string() })),
  canTie: z.boolean(),
  values: z.object({
    area: z.string(),
    weekday: Text,
    startTime: Text,
    durationMinutes: z.number(),
    intervalWeeks: Text,
    firstDate: z.string(),
    minutesPerCase: z.number(),
    casesPerSession: z.number(),
  }),
  labels: z.record(z.string(), Text),
});

export type TeamFormValues = z.infer<typeof TeamFormData>['values'] & {
  readonly typed?: Readonly<Record<string, string>>;
};

const DEFAULTS: TeamFormValues = {
  area: '',
  weekday: 'tuesday',
  startTime: '09:00',
  durationMinutes: 90,
  intervalWeeks: '2',
  firstDate: '',
  minutesPerCase: DEFAULT_MINUTES_PER_CASE,
  casesPerSession: 6,
};

/** A new consultation team: area, rhythm (Helsinki time), time per case, standing members by role. */
export function renderTeamFormCard(
  t: Messages,
  options: { areas: readonly Area[]; canTie: boolean; values?: TeamFormValues; problems?: readonly string[] },
): AdaptiveCardJson {
  const f = t.convenor.form;
  const { typed = {}, ...values } = options.values ?? DEFAULTS;
  const problems = options.problems ?? [];
  const data = TeamFormData.parse({
    lang: t.lang,
    title: f.title,
    problems,
    problemText: problems.join(' '),
    areas: options.areas.map((a) => ({ title: a.name, value: a.code })),
    weekdays: WEEKDAYS.slice(0, 5).map((w) => ({ title: t.convenor.weekdays[w], value: w })),
    intervals: RHYTHM_INTERVALS.map((n) => ({ title: f.intervals[n], value: String(n) })),
    memberRoles: MEMBER_ROLES.map((r) => ({
      title: t.convenor.memberRoles[r],
      pickerId: `picked_${r}`,
      typedId: `typed_${r}`,
      typed: typed[r] ?? '',
    })),
    canTie: options.canTie,
    values,
    labels: {
      area: f.area,
      weekday: f.weekday,
      startTime: f.startTime,
      duration: f.duration,
      interval: f.interval,
      firstDate: f.firstDate,
      minutesPerCase: f.minutesPerCase,
      casesPerSession: f.casesPerSession,
      members: f.members,
      membersTyped: f.membersTyped,
      tie: f.tie,
      create: f.create,
    },
  });
  return expandTemplate(template, data);
}
