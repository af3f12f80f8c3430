import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryNoticeQueue } from '../../../src/adapters/memory/memory-notice-queue.js';
import { createMemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import { noMorphology } from '../../../src/adapters/morphology/no-morphology.js';
import { createCardActions } from '../../../src/bot/card-actions.js';
import { VERBS } from '../../../src/bot/verbs.js';

const cardActions = createCardActions({
  stores: createMemoryStores(),
  clock: { now: () => new Date(0) },
  ids: { newId: () => 'id' },
  areas: [],
  logger: { debug() {}, info() {}, warn() {}, error() {} },
  morphology: noMorphology,
  notifier: new MemoryNoticeQueue(),
  calendar: createMemoryStores().calendar,
  convening: { adminIds: [], agendaLeadHours: 24, horizonWeeks: 8 },
});

const CARDS_DIR = join(import.meta.dirname, '../../../cards');

/** Every literal `verb` of an Action.Execute anywhere in the templates. */
function verbsInTemplates(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute' && typeof o.verb === 'string') found.add(o.verb);
    Object.values(o).forEach(walk);
  };
  for (const file of readdirSync(CARDS_DIR).filter((f) => f.endsWith('.card.json'))) {
    walk(JSON.parse(readFileSync(join(CARDS_DIR, file), 'utf8')));
  }
  return found;
}

describe('verb table', () => {
  it('has a handler for every verb a card template sends', () => {
    for (const verb of verbsInTemplates()) expect(Object.keys(cardActions)).toContain(verb);
  });

  it('has no handler whose verb no card or typed command uses', () => {
    const used = verbsInTemplates();
    for (const verb of VERBS) expect(used.has(verb), `verb ${verb} is not sent by any card`).toBe(true);
  });

  it('uses only literal verbs in templates, never bound ones', () => {
    for (const verb of verbsInTemplates()) expect(verb).not.toContain('${');
  });
});
