import { describe, expect, it } from 'vitest';
import { intakeValuesFrom, parseIntakeSubmit } from '../../../src/cards/case-intake-submit.js';
import { renderIntakeCard } from '../../../src/cards/case-intake.js';
import { areasFor } from '../../../src/domain/areas.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import { validIntakeInputs } from '../../fixtures/intake-inputs.js';
import { expectValidCard } from './card-check.js';

describe('intake card', () => {
  it.each([
    ['fi', fi],
    ['en', en],
  ])('renders a valid Adaptive Card 1.5 under 28 KB in %s', (_l, t) => {
    expectValidCard(renderIntakeCard(t, { areas: areasFor('all') }));
  });

  it('renders the edit variant with the stored values and the update verb', () => {
    const values = intakeValuesFrom(validIntakeInputs());
    const card = renderIntakeCard(fi, {
      areas: areasFor('all'),
      values,
      edit: { caseId: 'c-1', version: 3, reference: 'KUO-2026-0001' },
    });
    expectValidCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('"verb":"update-case"');
    expect(json).not.toContain('"verb":"submit-case"');
    expect(json).toContain('KUO-2026-0001');
    expect(json).toContain(values.description);
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
