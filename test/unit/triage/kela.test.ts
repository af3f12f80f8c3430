import { describe, expect, it } from 'vitest';
import { KELA_CRITERIA } from '../../../src/domain/case/vocabulary.js';
import type { KelaCriterion } from '../../../src/domain/case/vocabulary.js';
import { assessKelaCooperation } from '../../../src/domain/triage/kela.js';
import type { KelaReason } from '../../../src/domain/triage/reason.js';

describe('assessKelaCooperation', () => {
  it.each<[string, KelaCriterion[], boolean, KelaReason[]]>([
    ['does not advise Kela when no criterion holds', [], false, []],
    [
      'names a fresh B-statement on its own',
      ['fresh-b-statement'],
      true,
      [{ code: 'kela-fresh-b-statement' }],
    ],
    [
      'lists the other criteria together',
      ['plan-not-progressing'],
      true,
      [{ code: 'kela-rehabilitation-criteria', params: { criteria: ['plan-not-progressing'] } }],
    ],
    [
      'gives the B-statement first, then the rest',
      ['long-term-illness', 'fresh-b-statement'],
      true,
      [
        { code: 'kela-fresh-b-statement' },
        { code: 'kela-rehabilitation-criteria', params: { criteria: ['long-term-illness'] } },
      ],
    ],
    [
      'orders the criteria as the model lists them and drops duplicates',
      ['long-term-illness', 'health-limits', 'health-limits', 'work-ability-assessment'],
      true,
      [
        {
          code: 'kela-rehabilitation-criteria',
          params: { criteria: ['health-limits', 'work-ability-assessment', 'long-term-illness'] },
        },
      ],
    ],
  ])('%s', (_name, criteria, isKelaCooperationAdvised, reasons) => {
    expect(assessKelaCooperation(criteria)).toEqual({ isKelaCooperationAdvised, reasons });
  });

  it.each(KELA_CRITERIA)('advises Kela cooperation on %s alone', (criterion) => {
    const assessment = assessKelaCooperation([criterion]);
    expect(assessment.isKelaCooperationAdvised).toBe(true);
    expect(assessment.reasons).toHaveLength(1);
  });
});
