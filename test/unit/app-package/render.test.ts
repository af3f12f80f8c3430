import { describe, expect, it } from 'vitest';
import { findPlaceholders, renderManifest } from '../../../scripts/app-package/render.js';

describe('renderManifest', () => {
  it('fills every placeholder, also several in one string and with inner spaces', () => {
    const template = JSON.stringify({
      id: '${{APP}}',
      resource: 'api://${{HOST}}/${{ APP }}',
      list: ['${{HOST}}'],
      n: 1,
    });
    const r = renderManifest(template, { APP: 'a-b', HOST: 'tym.example.fi' });
    expect(r).toEqual({
      ok: true,
      value: { id: 'a-b', resource: 'api://tym.example.fi/a-b', list: ['tym.example.fi'], n: 1 },
    });
  });

  it('names a placeholder it has no value for', () => {
    const r = renderManifest('{"id":"${{TEAMS_APP_ID}}"}', {});
    expect(r).toEqual({
      ok: false,
      error: ['manifest.template.json: no value for placeholder ${{TEAMS_APP_ID}}'],
    });
  });

  it('reports a malformed placeholder instead of leaving it in the output', () => {
    const r = renderManifest('{"id":"${{TEAMS_APP_ID"}', { TEAMS_APP_ID: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toContain('"${{TEAMS_APP_ID" is left after rendering');
  });

  it('keeps a value with quotes a plain string rather than JSON', () => {
    const r = renderManifest('{"name":"${{X}}"}', { X: '", "injected": "yes' });
    expect(r).toEqual({ ok: true, value: { name: '", "injected": "yes' } });
  });

  it('refuses a template that is not JSON', () => {
    const r = renderManifest('{ "id": ', {}, 'fi.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toMatch(/^fi\.json: not valid JSON/);
  });
});

describe('findPlaceholders', () => {
  it('finds tokens in nested values and in property names', () => {
    expect(findPlaceholders({ a: [{ b: 'x ${{B}} y' }], '${{KEY}}': 1 }).sort()).toEqual([
      '${{B}}',
      '${{KEY}}',
    ]);
  });
});
