import { describe, expect, it } from 'vitest';
import { renderWelcomeCard } from '../../../src/cards/welcome.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import { expectValidCard } from './card-check.js';

describe('welcome card', () => {
  it.each([
    ['fi', fi],
    ['en', en],
  ])('renders a valid Adaptive Card 1.5 in %s', (_locale, t) => {
    expectValidCard(renderWelcomeCard(t));
  });

  it('matches its snapshot in Finnish', () => {
    expect(renderWelcomeCard(fi)).toMatchSnapshot();
  });
});
