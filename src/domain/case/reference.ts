/** A short reference that identifies the case, never the client: area prefix, Helsinki year, running number. */
export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The calendar year in Finland at `at` (a case submitted at 23:30 UTC on 31 December belongs to the next year). */
export function helsinkiYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(at));
}
