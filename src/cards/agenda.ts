import { z } from 'zod';
import template from '../../cards/agenda.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import { timeBoxOf, type TeamSession } from '../domain/team/session.js';
import type { ConsultationTeam } from '../domain/team/team.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { describeProfile } from './case-profile.js';
import { formatClock, formatTimeBox } from './format-slot.js';
import { areaName } from './teams.js';

const Text = z.string().min(1);

export const AgendaCardData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  notice: z.string(),
  emptyText: Text,
  sessionId: Text,
  joinUrl: z.string(),
  isPlanned: z.boolean(),
  rows: z.array(z.object({ caseId: Text, line: Text, profile: Text, canMoveEarlier: z.boolean() })).max(40),
  labels: z.record(z.string(), Text),
});

export interface AgendaView {
  readonly team: ConsultationTeam;
  readonly session: TeamSession;
  readonly cases: readonly CaseRecord[];
}

function rowOf(t: Messages, view: AgendaView, c: CaseRecord, i: number) {
  const box = timeBoxOf(view.session, i, view.team.minutesPerCase);
  const decided = c.outcome
    ? ` · ${t.convenor.agenda.decided({ decision: t.triage.outcomes[c.outcome.decision].name })}`
    : '';
  const who = `${t.intake.organisations[c.details.organisation]}, ${t.intake.ageGroups[c.details.ageGroup]}`;
  return {
    caseId: c.id,
    line: `**${formatClock(box.start)}–${formatClock(box.end)}** · ${c.reference} · ${who}${decided}`,
    profile: describeProfile(t, c),
    canMoveEarlier: i > 0 && !c.outcome,
  };
}

/** A session's agenda for the convenor: coded fields only, so it may be shown in the team's channel too. */
export function renderAgendaCard(
  t: Messages,
  locale: Locale,
  view: AgendaView,
  notice = '',
): AdaptiveCardJson {
  const a = t.convenor.agenda;
  const { session } = view;
  const when = formatTimeBox(session.start, session.end, locale);
  const area = areaName(view.team.areaCode);
  const data = AgendaCardData.parse({
    lang: t.lang,
    title: session.status === 'cancelled' ? a.cancelledTitle({ area, when }) : a.title({ area, when }),
    notice,
    emptyText: a.empty,
    sessionId: session.id,
    joinUrl: session.status === 'planned' ? (session.meeting?.joinUrl ?? '') : '',
    isPlanned: session.status === 'planned',
    rows: view.cases.map((c, i) => rowOf(t, view, c, i)),
    labels: {
      open: a.open,
      earlier: a.earlier,
      join: a.join,
      refresh: a.refresh,
      changeMeeting: a.changeMeeting,
      newDate: a.newDate,
      newTime: a.newTime,
      move: a.move,
      cancel: a.cancel,
    },
  });
  return expandTemplate(template, data);
}
