import { describe, expect, it } from 'vitest';
import { loadMorphology } from '../../../src/adapters/morphology/load-morphology.js';
import { MorphologyUnavailableError } from '../../../src/ports/morphology.js';

const MISSING = { libraryPaths: ['/nonexistent/libvoikko.so.1'] };

describe('loadMorphology', () => {
  it('runs the list-based guard without loading Voikko when told to', async () => {
    const m = await loadMorphology('lists', MISSING);
    expect(m.guardMode).toBe('lists');
    expect(m.unavailable).toBeUndefined();
    expect(m.morphology.analyse('Riikalta')).toEqual([]);
  });

  it('falls back to the list-based guard in auto mode when libvoikko is missing, saying why', async () => {
    const m = await loadMorphology('auto', MISSING);
    expect(m.guardMode).toBe('lists');
    expect(m.unavailable).toMatch(/libvoikko not found/);
    expect(m.morphology.analyse('Riikalta')).toEqual([]);
  });

  it('refuses when Voikko is required and missing, naming the Debian and Homebrew packages', async () => {
    const load = loadMorphology('voikko', MISSING);
    await expect(load).rejects.toBeInstanceOf(MorphologyUnavailableError);
    await expect(load).rejects.toThrow(/libvoikko1 voikko-fi.*brew install libvoikko/);
  });

  it('uses Voikko in auto mode when it is installed (always in CI, where .ci/run installs it)', async (ctx) => {
    const m = await loadMorphology('auto');
    if (m.guardMode === 'lists' && !process.env['CI']) ctx.skip(`Voikko is not installed: ${m.unavailable}`);
    expect(m.guardMode).toBe('voikko');
    expect(m.unavailable).toBeUndefined();
    expect(m.morphology.analyse('jarmo')).toContainEqual(expect.objectContaining({ baseForm: 'Jarmo' }));
    m.close();
  });
});
