import { describe, expect, it } from 'vitest';
import { renderCaseDetailCard } from '../../../src/cards/case-detail.js';
import { renderIntakeCard } from '../../../src/cards/case-intake.js';
import { renderCaseReceivedCard } from '../../../src/cards/case-received.js';
import { renderConfirmWithdrawCard } from '../../../src/cards/confirm-withdraw.js';
import { renderMyCasesCard } from '../../../src/cards/my-cases.js';
import { renderNoticeCard } from '../../../src/cards/notice.js';
import { renderReferralCard } from '../../../src/cards/referral.js';
import { renderMenuCard, renderWelcomeCard } from '../../../src/cards/welcome.js';
import { areasFor } from '../../../src/domain/areas.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import type { Messages } from '../../../src/i18n/fi.js';
import { caseRecord } from '../../fixtures/case-records.js';
import { expectValidCard } from './card-check.js';

const OWNER_MRI = '29:owner-1';
const c = caseRecord({ version: 3 });
const edit = { caseId: c.id, version: 3, reference: c.reference };

/** Every card the bot sends, rendered in one language. */
const everyCard = (t: Messages, locale: 'fi' | 'en') => ({
  welcome: renderWelcomeCard(t),
  menu: renderMenuCard(t, t.unknownText),
  intakeSituation: renderIntakeCard(t, { areas: areasFor('all') }),
  intakeAssessment: renderIntakeCard(t, { step: 'assessment', areas: areasFor('all') }),
  intakeEditSituation: renderIntakeCard(t, { areas: areasFor('satakunta'), edit }),
  intakeEditAssessment: renderIntakeCard(t, { step: 'assessment', areas: areasFor('satakunta'), edit }),
  received: renderCaseReceivedCard(t, c, { refreshUserIds: [OWNER_MRI] }),
  updated: renderCaseReceivedCard(t, c, { isUpdate: true }),
  detail: renderCaseDetailCard(t, locale, c, { refreshUserIds: [OWNER_MRI] }),
  confirmWithdraw: renderConfirmWithdrawCard(t, c),
  myCases: renderMyCasesCard(t, locale, [c, caseRecord()]),
  notice: renderNoticeCard(t, t.cases.notices.notFound),
  referral: renderReferralCard(t, areasFor('all')),
});

/** Every Action.Execute of a card, its refresh action included. */
function executeActions(node: unknown): Array<{ verb: string; data: Record<string, unknown> }> {
  if (Array.isArray(node)) return node.flatMap(executeActions);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own =
    o.type === 'Action.Execute'
      ? [{ verb: String(o.verb), data: (o.data ?? {}) as Record<string, unknown> }]
      : [];
  return [...own, ...Object.values(o).flatMap(executeActions)];
}

describe.each([
  ['fi', fi],
  ['en', en],
] as const)('every card in %s', (locale, t) => {
  const cards = Object.entries(everyCard(t, locale));

  it.each(cards)('%s is a bound, valid Adaptive Card 1.5 under 28 KB', (_name, card) => {
    expectValidCard(card);
  });

  it.each(cards)('%s sends the language it was rendered in with every action', (_name, card) => {
    const actions = executeActions(card);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a.data.lang, a.verb).toBe(locale);
  });
});

describe('case cards', () => {
  it('refresh to the current status for their owner only, through a verb of the table', () => {
    const card = renderCaseDetailCard(fi, 'fi', c, { refreshUserIds: [OWNER_MRI] });
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: 'refresh-case',
        data: { caseId: c.id, version: 3, view: 'detail', lang: 'fi' },
      },
      userIds: [OWNER_MRI],
    });
  });

  it('have no refresh clause when there is nobody to refresh for', () => {
    expect(renderCaseReceivedCard(fi, c)).not.toHaveProperty('refresh');
  });

  it('carry the case version on every case button, so an out-of-date card can be told apart', () => {
    for (const a of executeActions(renderCaseDetailCard(fi, 'fi', c)).filter((x) => 'caseId' in x.data))
      expect(a.data.version, a.verb).toBe(3);
  });

  it('ask before withdrawing: the detail card only opens the confirmation', () => {
    const verbs = executeActions(renderCaseDetailCard(fi, 'fi', c)).map((a) => a.verb);
    expect(verbs).toContain('confirm-withdraw');
    expect(verbs).not.toContain('withdraw-case');
    const confirm = executeActions(renderConfirmWithdrawCard(fi, c)).map((a) => a.verb);
    expect(confirm).toEqual(['withdraw-case', 'refresh-case']);
  });

  it('say "updated" after an edit and "received" after a new request', () => {
    expect(JSON.stringify(renderCaseReceivedCard(en, c, { isUpdate: true }))).toContain(
      `Consultation request ${c.reference} updated`,
    );
    expect(JSON.stringify(renderCaseReceivedCard(en, c))).toContain(
      `Consultation request ${c.reference} received`,
    );
  });

  it('show stored case text escaped, never as markdown', () => {
    const text = {
      description: 'Katso [tästä](javascript:alert(1)) <img src=x onerror=alert(1)> **lihava** \u202Eteksti',
      question: 'Mitä _tehdä_?',
    };
    const json = JSON.stringify(renderCaseDetailCard(fi, 'fi', caseRecord({ text })));
    expect(json).toContain('Katso \\\\[tästä\\\\](javascript:alert(1)) \\\\<img');
    expect(json).toContain('\\\\*\\\\*lihava\\\\*\\\\*');
    expect(json).not.toContain('\u202E');
    expect(json).toContain('Mitä \\\\_tehdä\\\\_?');
  });
});

describe('menu card', () => {
  it('says on its top line that the message was not recognised, without the welcome text', () => {
    const card = renderMenuCard(en, en.unknownText);
    const body = card.body as Array<{ text?: string }>;
    expect(body[0]?.text).toBe('I did not recognise that. Pick an action below, or type **help**.');
    expect(JSON.stringify(card)).not.toContain(en.welcome.intro);
  });
});
