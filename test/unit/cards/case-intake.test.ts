import { describe, expect, it } from 'vitest';
import { intakeValuesFrom, parseIntakeSubmit } from '../../../src/cards/case-intake-submit.js';
import { renderIntakeCard } from '../../../src/cards/case-intake.js';
import { areasFor } from '../../../src/domain/areas.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import { validIntakeInputs } from '../../fixtures/intake-inputs.js';
import { expectValidCard } from './card-check.js';

type Input = {
  id?: string;
  type?: string;
  style?: string;
  value?: string;
  choices: { title: string; value: string }[];
};

function inputs(node: unknown): Input[] {
  if (Array.isArray(node)) return node.flatMap(inputs);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = typeof o.type === 'string' && o.type.startsWith('Input.') ? [o as unknown as Input] : [];
  return [...own, ...Object.values(o).flatMap(inputs)];
}
const inputById = (card: object, id: string): Input => {
  const found = inputs(card).find((i) => i.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
};
/** What the card's inputs would send as they were rendered. */
const inputsOf = (card: object) => Object.fromEntries(inputs(card).map((i) => [i.id, i.value ?? '']));
const actionOf = (card: object) =>
  (card as { actions: Array<{ verb: string; data: Record<string, unknown> }> }).actions[0]!;

describe('intake card', () => {
  const STEPS = ['situation', 'triage', 'assessment'] as const;

  it.each([
    ['fi', fi],
    ['en', en],
  ])('renders each of the three steps as a valid Adaptive Card 1.5 under 28 KB in %s', (_l, t) => {
    for (const step of STEPS) expectValidCard(renderIntakeCard(t, { step, areas: areasFor('all') }));
  });

  it('renders the edit variant with the stored values, carrying the case through the steps to the update verb', () => {
    const values = intakeValuesFrom(validIntakeInputs());
    const edit = { caseId: 'c-1', version: 3, reference: 'KUO-2026-0001' };
    const cards = STEPS.map((step) => renderIntakeCard(fi, { step, areas: areasFor('all'), values, edit }));
    for (const card of cards) {
      expectValidCard(card);
      expect(JSON.stringify(card)).toContain('KUO-2026-0001');
      expect(actionOf(card).data).toMatchObject({ caseId: 'c-1', version: 3, reference: 'KUO-2026-0001' });
    }
    expect(cards.map((c) => actionOf(c).verb)).toEqual(['intake-next', 'intake-next', 'update-case']);
    expect(JSON.stringify(cards[2])).not.toContain('"verb":"submit-case"');
    expect(JSON.stringify(cards[0])).toContain(values.description);
  });

  it("carries the other steps' values in the button data, so nothing typed is lost between the steps", () => {
    const values = intakeValuesFrom(validIntakeInputs());
    const [first, second, third] = STEPS.map((step) =>
      renderIntakeCard(fi, { step, areas: areasFor('all'), values }),
    );
    expect(actionOf(first!).data).toMatchObject({ step: 'situation', scale_housing: '4', form: 'team' });
    expect(actionOf(first!).data).toMatchObject({ kelaCriteria: values.kelaCriteria });
    expect(actionOf(first!).data).not.toHaveProperty('description');
    expect(actionOf(second!).data).toMatchObject({ step: 'triage', description: values.description });
    expect(actionOf(second!).data).not.toHaveProperty('triage_bilateral-enough');
    expect(actionOf(third!).verb).toBe('submit-case');
    expect(actionOf(third!).data).toMatchObject({
      'triage_bilateral-enough': 'no',
      socialWelfareConsent: 'yes',
    });
    expect(actionOf(third!).data).not.toHaveProperty('scale_housing');
    expect(actionOf(third!).data).not.toHaveProperty('step');
    // Each step's button sends exactly what the strict submit contract accepts.
    for (const card of [first!, second!, third!]) {
      const {
        acknowledgedWarnings: _a,
        lang: _l,
        step: _s,
        ...inputs
      } = {
        ...actionOf(card).data,
        ...inputsOf(card),
      };
      expect(parseIntakeSubmit(inputs).ok).toBe(true);
    }
  });

  it.each([
    ['fi', fi, '4 ei yhteistyötä'],
    ['en', en, '4 no cooperation'],
  ])(
    'shows the scale levels as short one-line radio buttons in %s, with the whole descriptions on demand',
    (_l, t, title) => {
      const card = renderIntakeCard(t, { step: 'assessment', areas: areasFor('all') });
      const appointments = inputById(card, 'scale_appointments');
      expect(appointments).toMatchObject({ style: 'expanded', wrap: true });
      expect(appointments.choices[3]).toEqual({ title, value: '4' });
      const json = JSON.stringify(card);
      expect(json).toContain('"type":"Action.ToggleVisibility"');
      expect(json).toContain('"id":"levelDescriptions","isVisible":false');
      for (const level of t.triage.scale.domains.appointments.levels) expect(json).toContain(level);
    },
  );

  it('has a short label of at most 30 characters for every level of every domain, in both languages', () => {
    for (const t of [fi, en])
      for (const labels of Object.values(t.intake.scaleLevels)) {
        expect(labels).toHaveLength(5);
        for (const label of labels) expect(label.length).toBeLessThanOrEqual(30);
      }
  });

  it('shows pre-filled organisation and area as chosen, saying where they came from', () => {
    const values = intakeValuesFrom({ organisation: 'kela', area: 'kuopio' });
    const card = renderIntakeCard(fi, { areas: areasFor('all'), values, isPrefilled: true });
    expect(inputById(card, 'organisation').value).toBe('kela');
    expect(inputById(card, 'area').value).toBe('kuopio');
    expect(JSON.stringify(card)).toContain(fi.intake.prefilled);
    expect(JSON.stringify(renderIntakeCard(fi, { areas: areasFor('all') }))).not.toContain(
      fi.intake.prefilled,
    );
  });

  it('groups the employment areas by region when several regions are offered', () => {
    const all = inputById(renderIntakeCard(fi, { areas: areasFor('all') }), 'area');
    expect(all.style).toBe('compact');
    expect(all.choices.map((c) => c.title)).toEqual([
      'Pohjois-Savo: Kuopio',
      'Pohjois-Savo: Ylä-Savo',
      'Pohjois-Savo: Keski-Savo',
      ...areasFor('satakunta').map((a) => `Satakunta: ${a.name}`),
    ]);
    const one = inputById(renderIntakeCard(fi, { areas: areasFor('pohjois-savo') }), 'area');
    expect(one).toMatchObject({ style: 'expanded' });
    expect(one.choices.map((c) => c.title)).toEqual(['Kuopio', 'Ylä-Savo', 'Keski-Savo']);
  });

  it('starts a new request as a consultation-team meeting', () => {
    const card = renderIntakeCard(fi, { step: 'assessment', areas: areasFor('all') });
    expect(inputById(card, 'form').value).toBe('team');
  });

  it('keeps everything typed and lists the problems when it comes back for fixing', () => {
    const inputs = { ...validIntakeInputs(), description: 'Teksti jossa on ${ja} "lainausmerkit" ja <tagi>' };
    const card = renderIntakeCard(fi, {
      areas: areasFor('all'),
      values: intakeValuesFrom(inputs),
      problemsHeading: fi.intake.errors.heading,
      problems: ['Kuvaus: henkilötunnus "131052-***T"'],
    });
    const json = JSON.stringify(card);
    expect(json).toContain('131052-***T');
    expect(json).toContain('"value":"Teksti jossa on ${ja} \\"lainausmerkit\\" ja <tagi>"');
  });

  it('offers only the areas of the configured region', () => {
    const json = JSON.stringify(renderIntakeCard(fi, { areas: areasFor('satakunta') }));
    expect(json).toContain('Kankaanpää');
    expect(json).not.toContain('Kuopio');
  });
});

describe('parseIntakeSubmit', () => {
  it('turns the card inputs into case details', () => {
    const r = parseIntakeSubmit(validIntakeInputs());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scale['managing-affairs']).toBe(3);
    expect(r.value.kelaCriteria).toEqual(['fresh-b-statement', 'plan-not-progressing']);
    expect(r.value.hasNetworkConsent).toBe(false);
    expect(r.value.networkParties).toEqual([]);
  });

  it.each([
    ['organisation', { organisation: '' }, 'required'],
    ['area', { area: 'helsinki' }, 'invalid'],
    ['description', { description: 'x'.repeat(4001) }, 'too-long'],
    ['description', { description: 'lyhyt' }, 'too-short'],
    ['question', { question: '   ' }, 'required'],
    ['scale_housing', { scale_housing: '6' }, 'invalid'],
    ['triage_bilateral-enough', { 'triage_bilateral-enough': 'maybe' }, 'invalid'],
    ['kelaCriteria', { kelaCriteria: 'fresh-b-statement,free-money' }, 'invalid'],
  ])('reports %s as %s when it is %o', (field, patch, code) => {
    const r = parseIntakeSubmit({ ...validIntakeInputs(), ...patch });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid') throw new Error('expected invalid');
    expect(r.error.problems).toContainEqual(expect.objectContaining({ field, code }));
  });

  it.each([
    ['an unknown field', { isAdmin: 'true' }],
    ['an object where text is expected', { description: { $ne: null } }],
    ['a number where a choice is expected', { organisation: 42 }],
  ])('calls a card with %s tampered', (_name, patch) => {
    const r = parseIntakeSubmit({ ...validIntakeInputs(), ...patch });
    expect(r).toEqual({ ok: false, error: { code: 'tampered' } });
  });
});
