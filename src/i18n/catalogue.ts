import { en } from './en.js';
import { fi, type Messages } from './fi.js';
import type { Locale } from './locale.js';

/** The catalogue of a language. */
export const catalogueFor = (locale: Locale): Messages => (locale === 'en' ? en : fi);
