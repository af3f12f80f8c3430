import { describe, expect, it } from 'vitest';
import { TABLE_IDS, TABLES } from '../../../src/domain/figures/tables.js';
import { LANGS, messagesFor, type Messages } from '../../../src/tab/i18n.js';

/** Every key path of a catalogue, functions included, so the two languages can be compared shape for shape. */
const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`))
    : [prefix];

const columnsOf = (m: Messages, table: string): Readonly<Record<string, string>> =>
  (m.tables.columns as Readonly<Record<string, Readonly<Record<string, string>>>>)[table] ?? {};

describe('the dashboard catalogue', () => {
  it('has the same keys in Finnish and English', () => {
    expect(keysOf(messagesFor('en'))).toEqual(keysOf(messagesFor('fi')));
  });

  it.each(LANGS)('labels every table and every column the domain publishes (%s)', (lang) => {
    const m = messagesFor(lang);
    for (const id of TABLE_IDS) {
      expect(m.tables.byId[id].title).not.toBe('');
      const columns = [...TABLES[id].columns, ...(TABLES[id].hasColumnTotal ? ['total'] : [])];
      for (const column of columns) expect(columnsOf(m, id)[column], `${id}.${column}`).toBeTruthy();
    }
  });
});
