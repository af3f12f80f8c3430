import { z } from 'zod';
import template from '../../cards/teams.card.json' with { type: 'json' };
import { findArea } from '../domain/areas.js';
import type { TeamSession } from '../domain/team/session.js';
import type { ConsultationTeam } from '../domain/team/team.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { formatTimeBox } from './format-slot.js';

const Text = z.string().min(1);

export const TeamsCardData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  notice: z.string(),
  emptyText: Text,
  newTeamTitle: Text,
  teams: z.array(
    z.object({ line: Text, sessions: z.array(z.object({ sessionId: Text, title: Text })).max(5) }),
  ),
});

/** Sessions shown per team: the agenda buttons of the next few meetings. */
const SHOWN_SESSIONS = 4;

export const describeRhythm = (t: Messages, team: ConsultationTeam): string =>
  t.convenor.teams.rhythm({
    weekday: t.convenor.weekdays[team.rhythm.weekday],
    time: team.rhythm.startTime.replace(/^0(?=\d:)/, ''), // 9:00 as the session times show it
    interval: team.rhythm.intervalWeeks,
  });

export const areaName = (code: string): string => findArea(code)?.name ?? code;

function sessionTitle(t: Messages, locale: Locale, s: TeamSession): string {
  const when = formatTimeBox(s.start, s.end, locale);
  const x = t.convenor.teams;
  return s.status === 'cancelled'
    ? x.cancelled({ when })
    : x.session({ when, count: s.caseIds.length, capacity: s.capacity });
}

/** The consultation teams with their coming meetings; each meeting opens its agenda. */
export function renderTeamsCard(
  t: Messages,
  locale: Locale,
  teams: readonly { team: ConsultationTeam; sessions: readonly TeamSession[] }[],
  notice = '',
): AdaptiveCardJson {
  const x = t.convenor.teams;
  const data = TeamsCardData.parse({
    lang: t.lang,
    title: x.title,
    notice,
    emptyText: x.empty,
    newTeamTitle: x.newTeam,
    teams: teams.map(({ team, sessions }) => ({
      line: x.row({
        area: areaName(team.areaCode),
        rhythm: describeRhythm(t, team),
        members: team.members.length,
      }),
      sessions: sessions
        .slice(0, SHOWN_SESSIONS)
        .map((s) => ({ sessionId: s.id, title: sessionTitle(t, locale, s) })),
    })),
  });
  return expandTemplate(template, data);
}
