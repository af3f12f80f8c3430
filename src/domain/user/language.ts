/** The product's two languages; Finnish first. */
export const LANGUAGES = ['fi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (v: unknown): v is Language => v === 'fi' || v === 'en';

/** A user's own choice of language, kept by Entra object id + tenant. */
export interface LanguagePreference {
  readonly userId: string;
  readonly tenantId: string;
  readonly language: Language;
  readonly updatedAt: Date;
}
