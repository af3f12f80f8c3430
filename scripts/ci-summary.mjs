// Prints vitest's totals as the plain closing line CI counts: "N passed, N failed" (", N skipped" when any).
import { existsSync, readFileSync } from 'node:fs';

const file = new URL('../.cache/vitest-results.json', import.meta.url);
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
