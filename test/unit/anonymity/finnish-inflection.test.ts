import { describe, expect, it } from 'vitest';
import { lemmaCandidates } from '../../../src/domain/anonymity/finnish-inflection.js';

describe('lemma candidates of inflected proper nouns', () => {
  it.each([
    ['virtaselle', 'virtanen'],
    ['virtasen', 'virtanen'],
    ['virtasta', 'virtanen'],
    ['virtaseen', 'virtanen'],
    ['korhoselle', 'korhonen'],
    ['matille', 'matti'],
    ['matin', 'matti'],
    ['mattia', 'matti'],
    ['mattiin', 'matti'],
    ['pekalle', 'pekka'],
    ['antille', 'antti'],
    ['heikille', 'heikki'],
    ['sepolle', 'seppo'],
    ['oudille', 'outi'],
    ['marjatalle', 'marjatta'],
    ['liisan', 'liisa'],
    ['liisaan', 'liisa'],
    ['liisakin', 'liisa'],
    ['niemelle', 'niemi'],
    ['laineen', 'laine'],
    ['aallolle', 'aalto'],
    ['lehdolle', 'lehto'],
    ['mäelle', 'mäki'],
    ['lindholmin', 'lindholm'],
    ['kuopiossa', 'kuopio'],
    ['kuopioon', 'kuopio'],
    ['helsingissä', 'helsinki'],
    ['harjavallassa', 'harjavalta'],
    ['pomarkussa', 'pomarkku'],
    ['satakunnassa', 'satakunta'],
    ['lahdessa', 'lahti'],
    ['seinäjoella', 'seinäjoki'],
    ['kankaanpäähän', 'kankaanpää'],
  ])('finds %s -> %s', (word, lemma) => {
    expect(lemmaCandidates(word)).toContain(lemma);
  });

  it('keeps the word itself as a candidate', () => {
    expect(lemmaCandidates('kela')).toContain('kela');
  });

  it('reads "-on" as an illative only after an o-stem ("arvion" is not "arvi")', () => {
    expect(lemmaCandidates('arvion')).not.toContain('arvi');
  });
});
