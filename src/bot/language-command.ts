import type { Language } from '../domain/user/language.js';

/** `kieli` / `language` alone asks which; with a language (or `suomeksi`, `in english`) it sets it at once. */
export type LanguageCommand =
  { readonly kind: 'ask' } | { readonly kind: 'set'; readonly language: Language };

const FI = /^(fi|suomi|suomeksi|finnish|in finnish)$/;
const EN = /^(en|englanti|englanniksi|english|in english)$/;

export function parseLanguageCommand(text: string): LanguageCommand | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  if (FI.test(t) && t !== 'fi' && t !== 'finnish' && t !== 'suomi') return { kind: 'set', language: 'fi' };
  if (EN.test(t) && t !== 'en' && t !== 'english' && t !== 'englanti') return { kind: 'set', language: 'en' };
  const m = /^(kieli|language|lang)(?:\s+(.+))?$/.exec(t);
  if (!m) return undefined;
  const arg = m[2]?.trim();
  if (!arg) return { kind: 'ask' };
  if (FI.test(arg)) return { kind: 'set', language: 'fi' };
  if (EN.test(arg)) return { kind: 'set', language: 'en' };
  return { kind: 'ask' };
}
