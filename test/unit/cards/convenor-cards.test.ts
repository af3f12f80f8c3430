import * as AC from 'adaptivecards';
import { describe, expect, it } from 'vitest';
import { renderAgendaCard } from '../../../src/cards/agenda.js';
import { renderConvenorCaseCard } from '../../../src/cards/convenor-case.js';
import { renderRolesCard } from '../../../src/cards/roles.js';
import { renderTeamFormCard } from '../../../src/cards/team-form.js';
import { renderTeamsCard } from '../../../src/cards/teams.js';
import { renderMyCasesCard } from '../../../src/cards/my-cases.js';
import { renderWelcomeCard } from '../../../src/cards/welcome.js';
import { areasFor } from '../../../src/domain/areas.js';
import { en } from '../../../src/i18n/en.js';
import { fi, type Messages } from '../../../src/i18n/fi.js';
import { caseRecord } from '../../fixtures/case-records.js';
import { aSession } from '../../contract/session-repository.contract.js';
import { aTeam } from '../../contract/team-repository.contract.js';

/**
 * The Teams people picker (`choices.data` with `Data.Query`) is an Adaptive Cards 1.6 property that Teams renders
 * in 1.5 cards; the 1.5 parser names it, and misses static choices it does not need. Nothing else may come up.
 */
const PICKER_EVENTS = [
  'Property "choices.data" is supported in version 1.6, but you are using version 1.5.',
  'An Input.ChoiceSet must have at least one choice defined.',
];

function expectValidConvenorCard(card: object): void {
  const json = JSON.stringify(card);
  expect(json).not.toContain('${');
  expect(json.length).toBeLessThan(28 * 1024);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const events = [
    ...Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message),
    ...parsed.validateProperties().validationEvents.map((e) => e.message),
  ];
  expect(events.filter((e) => !PICKER_EVENTS.includes(e))).toEqual([]);
}

const c = caseRecord({ status: 'scheduled' });
const scheduled = {
  ...c,
  slot: {
    sessionId: 'team-1|2026-05-12',
    teamId: 'team-1',
    start: new Date('2026-05-12T06:00:00Z'),
    end: new Date('2026-05-12T06:15:00Z'),
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-1',
  },
};
const view = { team: aTeam(), session: aSession('2026-05-12', { caseIds: [c.id] }), cases: [scheduled] };

const cards = (t: Messages, locale: 'fi' | 'en') => ({
  roles: renderRolesCard(t, ['worker', 'admin']),
  teams: renderTeamsCard(t, locale, [
    { team: aTeam(), sessions: [aSession('2026-05-12'), aSession('2026-05-19', { status: 'cancelled' })] },
  ]),
  teamForm: renderTeamFormCard(t, {
    areas: areasFor('pohjois-savo'),
    canTie: true,
    problems: [t.convenor.form.problems.invalid],
  }),
  agenda: renderAgendaCard(t, locale, view),
  convenorCase: renderConvenorCaseCard(t, locale, {
    case: scheduled,
    sessionId: 'team-1|2026-05-12',
    targets: [aSession('2026-05-19')],
    showText: true,
    isPersonal: true,
  }),
  welcomeConvenor: renderWelcomeCard(t, ['worker', 'convenor', 'evaluator']),
  myCasesScheduled: renderMyCasesCard(t, locale, [scheduled]),
});

describe.each([
  ['fi', fi],
  ['en', en],
] as const)('convenor cards in %s', (locale, t) => {
  it.each(Object.entries(cards(t, locale)))('%s is a bound, valid card under 28 KB', (_, card) => {
    expectValidConvenorCard(card);
  });
});

describe('convenor case card', () => {
  it('shows the free text only when asked for in the personal chat', () => {
    const base = { case: scheduled, sessionId: 's', targets: [], showText: true };
    const description = scheduled.text?.description.slice(0, 20) ?? '?';
    expect(JSON.stringify(renderConvenorCaseCard(fi, 'fi', { ...base, isPersonal: true }))).toContain(
      description,
    );
    expect(JSON.stringify(renderConvenorCaseCard(fi, 'fi', { ...base, isPersonal: false }))).not.toContain(
      description,
    );
  });

  it('shows the worker the time box in Helsinki time with the join link', () => {
    const json = JSON.stringify(renderMyCasesCard(fi, 'fi', [scheduled]));
    expect(json).toContain('Asialistalla: ti 12.5. 9:00–9:15');
    expect(json).toContain('meetup-join/local-1');
  });
});
