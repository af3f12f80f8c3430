/**
 * Times scanText over a realistic 4,000-character case text (clean corpus texts joined, with one
 * planted name and phone number), warm: with Voikko's morphology (its per-process cache filled by
 * the warm-up, as in a running bot) and in list mode. Target: median under 5 ms with morphology.
 * Run: npx tsx bench/anonymity-scan.bench.ts
 */
import type { AnalyseWord } from '../src/domain/anonymity/morphology.js';
import { knowsNoWord } from '../src/domain/anonymity/names.js';
import { scanText } from '../src/domain/anonymity/scan-text.js';
import { CLEAN_CORPUS } from '../test/fixtures/anonymity/clean-corpus.js';
import { openVoikkoAnalyser } from '../test/fixtures/anonymity/voikko-analyser.js';

const TARGET_LENGTH = 4_000;
const WARM_UP = 300;
const ITERATIONS = 3_000;

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

function measure(text: string, analyse: AnalyseWord) {
  for (let i = 0; i < WARM_UP; i += 1) scanText(text, analyse);
  const timings: number[] = [];
  let findings = 0;
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    findings = scanText(text, analyse).length;
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { findings, median: percentile(timings, 50), p99: percentile(timings, 99) };
}

const text = buildText();
const voikko = openVoikkoAnalyser();
const ms = (n: number) => `${n.toFixed(3)} ms`;
console.log(
  `| anonymity scan, ${text.length} chars, ${ITERATIONS} runs after ${WARM_UP} warm-up | findings | median | p99 |`,
);
console.log('|---|---|---|---|');
if (voikko) {
  const r = measure(text, voikko);
  console.log(`| with Voikko morphology (warm cache) | ${r.findings} | ${ms(r.median)} | ${ms(r.p99)} |`);
} else console.log('| with Voikko morphology | not installed here | – | – |');
const lists = measure(text, knowsNoWord);
console.log(`| list mode | ${lists.findings} | ${ms(lists.median)} | ${ms(lists.p99)} |`);
console.log(`\nNode ${process.version} (${process.platform}/${process.arch})`);
