/**
 * Participles carry the verb they come from ("ei ole vastannut" is vastata), so that the name
 * detector can read "Kivi ei ole vastannut" as a person's act: the mapping from libvoikko's
 * WORDBASES, and the same through the real library where it is installed.
 */
import { describe, expect, it } from 'vitest';
import { toWordAnalysis } from '../../../src/adapters/voikko/voikko-mappers.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

describe('participles in Voikko readings', () => {
  it('takes the verb of a participle from its word bases', () => {
    expect(
      toWordAnalysis({
        BASEFORM: 'soitettu',
        CLASS: 'laatusana',
        SIJAMUOTO: 'nimento',
        NUMBER: 'singular',
        PARTICIPLE: 'past_passive',
        WORDBASES: '+soite(soittaa)+t+tu(+tu)',
      }),
    ).toEqual({
      baseForm: 'soitettu',
      wordClass: 'laatusana',
      case: 'nimento',
      number: 'singular',
      participleOf: 'soittaa',
      participle: 'past_passive',
    });
  });

  it('takes the last verb of a compound participle', () => {
    const reading = toWordAnalysis({
      BASEFORM: 'uudelleenlähetetty',
      CLASS: 'laatusana',
      PARTICIPLE: 'past_passive',
      WORDBASES: '+uudelleen+lähete(lähettää)+t+ty(+ty)',
    });
    expect(reading?.participleOf).toBe('lähettää');
  });

  it('gives no verb to a word that is not a participle', () => {
    const reading = toWordAnalysis({ BASEFORM: 'kivi', CLASS: 'nimisana', WORDBASES: '+kivi(kivi)' });
    expect(reading).toEqual({ baseForm: 'kivi', wordClass: 'nimisana' });
  });

  const analyse = openVoikkoAnalyser();
  it.runIf(analyse)('reads the verb of a participle through libvoikko', () => {
    const verbs = (word: string) => analyse!(word).map((r) => r.participleOf);
    expect(verbs('vastannut')).toContain('vastata');
    expect(verbs('päässyt')).toContain('päästä');
    expect(verbs('kertonut')).toContain('kertoa');
    expect(analyse!('katkaistu').map((r) => r.participle)).toContain('past_passive');
  });
});
