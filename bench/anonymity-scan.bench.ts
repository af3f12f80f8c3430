/**
 * Times scanText over a realistic 4,000-character case text (clean corpus texts joined, with one
 * planted name and phone number). Target: median under 2 ms. Run: npx tsx bench/anonymity-scan.bench.ts
 */
import { scanText } from '../src/domain/anonymity/scan-text.js';
import { CLEAN_CORPUS } from '../test/fixtures/anonymity/clean-corpus.js';

const TARGET_LENGTH = 4_000;
const WARM_UP = 500;
const ITERATIONS = 5_000;

function buildText(): string {
  const plant = 'Asiakas kertoi, että Liisa Korhonen (puh. 040 765 4321) voi osallistua tapaamiseen. ';
  let text = plant;
  for (const { text: part } of CLEAN_CORPUS) {
    if (text.length >= TARGET_LENGTH) break;
    text += part + '\n';
  }
  return text.slice(0, TARGET_LENGTH);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

const text = buildText();
for (let i = 0; i < WARM_UP; i += 1) scanText(text);

const timings: number[] = [];
let findings = 0;
for (let i = 0; i < ITERATIONS; i += 1) {
  const start = performance.now();
  findings = scanText(text).length;
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;

const ms = (n: number) => `${n.toFixed(3)} ms`;
console.log('| anonymity scan | value |');
console.log('|---|---|');
console.log(`| text length | ${text.length} chars |`);
console.log(`| findings per scan | ${findings} |`);
console.log(`| iterations | ${ITERATIONS} (after ${WARM_UP} warm-up) |`);
console.log(`| median | ${ms(percentile(timings, 50))} |`);
console.log(`| p99 | ${ms(percentile(timings, 99))} |`);
console.log(`| mean | ${ms(mean)} |`);
console.log(`| Node | ${process.version} (${process.platform}/${process.arch}) |`);
