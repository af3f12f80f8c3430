import { describe, expect, it } from 'vitest';
import { maskIdentityCode, maskSpan } from '../../../src/domain/anonymity/mask.js';

describe('masking', () => {
  it.each([
    ['Matti Meikäläinen', 'M**** M**********'],
    ['Virtaselle', 'V*********'],
    ['Anna-Maija', 'A***-M****'],
    ['+358 41 2345678', '+*** ** *******'],
    ['Kauppakatu 5 A 12', 'K********* * * **'],
    ['Ed', '**'],
    ['', ''],
  ])('masks %j as %j', (span, masked) => {
    expect(maskSpan(span)).toBe(masked);
  });

  it.each(['Matti', 'Ed', 'A', '7', 'Kauppakatu 5 A 12', 'x@y.fi'])('never returns %j unchanged', (span) => {
    expect(maskSpan(span)).not.toBe(span);
  });

  it('keeps date, sign and check character of an identity code', () => {
    expect(maskIdentityCode('131052-308T')).toBe('131052-***T');
  });
});
