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
  it.each([
    ['fi', fi],
    ['en', en],
  ])('renders a valid Adaptive Card 1.5 under 28 KB in %s', (_l, t) => {
    expectValidCard(renderIntakeCard(t, { areas: areasFor('all') }));
  });

  it('renders the edit variant with the stored values, carrying the case through both steps to the update verb', () => {
    const values = intakeValuesFrom(validIntakeInputs());
    const edit = { caseId: 'c-1', version: 3, reference: 'KUO-2026-0001' };
    const first = renderIntakeCard(fi, { areas: areasFor('all'), values, edit });
    const second = renderIntakeCard(fi, { step: 'assessment', areas: areasFor('all'), values, edit });
    for (const card of [first, second]) {
      expectValidCard(card);
      expect(JSON.stringify(card)).toContain('KUO-2026-0001');
      expect(actionOf(card).data).toMatchObject({ caseId: 'c-1', version: 3, reference: 'KUO-2026-0001' });
    }
    expect(actionOf(first).verb).toBe('intake-next');
    expect(actionOf(second).verb).toBe('update-case');
    expect(JSON.stringify(second)).not.toContain('"verb":"submit-case"');
    expect(JSON.stringify(first)).toContain(values.description);
  });

  it("carries the other step's values in the button data, so nothing typed is lost between the steps", () => {
    const values = intakeValuesFrom(validIntakeInputs());
    const first = actionOf(renderIntakeCard(fi, { areas: areasFor('all'), values }));
    const second = actionOf(renderIntakeCard(fi, { step: 'assessment', areas: areasFor('all'), values }));
    expect(first.verb).toBe('intake-next');
    expect(first.data).toMatchObject({ scale_housing: '4', kelaCriteria: values.kelaCriteria, form: 'team' });
    expect(first.data).not.toHaveProperty('description');
    expect(second.verb).toBe('submit-case');
    expect(second.data).toMatchObject({ description: values.description, 'triage_bilateral-enough': 'no' });
    expect(second.data).not.toHaveProperty('scale_housing');
    // Together the two steps send exactly what the strict submit contract accepts.
    const submitted = {
      ...second.data,
      ...inputsOf(renderIntakeCard(fi, { step: 'assessment', areas: areasFor('all'), values })),
    };
    const { acknowledgedWarnings: _a, lang: _l, ...inputs } = submitted;
    expect(parseIntakeSubmit(inputs).ok).toBe(true);
  });

  it('shows each scale level with its whole description as a radio button', () => {
    const card = renderIntakeCard(en, { step: 'assessment', areas: areasFor('all') });
    const appointments = inputById(card, 'scale_appointments');
    expect(appointments).toMatchObject({ style: 'expanded', wrap: true });
    expect(appointments.choices[3]).toEqual({
      title: '4 – Visits do not happen, no willingness to cooperate, uncancelled appointments',
      value: '4',
    });
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
