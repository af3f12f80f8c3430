/**
 * Times Morphology.analyse() over Voikko per word, uncached (a cache of one entry, so every call goes to
 * libvoikko) and cached (every word already in the LRU cache), over the distinct word forms of the clean and
 * planted corpora, plus one whole 4,000-character text word by word. Run: npm run bench:morphology
 */
import { VoikkoMorphology } from '../src/adapters/voikko/voikko-morphology.js';
import { CLEAN_CORPUS } from '../test/fixtures/anonymity/clean-corpus.js';
import { PLANTED_CORPUS } from '../test/fixtures/anonymity/planted-corpus.js';

const WORDS = 600;
const ROUNDS = 20;
const TEXT_LENGTH = 4_000;
const TEXT_ITERATIONS = 200;

const tokens = (text: string) => text.match(/[\p{L}][\p{L}\p{M}'-]*/gu) ?? [];
const texts = [...CLEAN_CORPUS, ...PLANTED_CORPUS].map((t) => t.text);
const words = [...new Set(texts.flatMap(tokens))].slice(0, WORDS);
const text = texts.join('\n').slice(0, TEXT_LENGTH);
const textWords = tokens(text);

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

function timeEach(m: VoikkoMorphology, list: readonly string[], rounds: number): number[] {
  const timings: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const word of list) {
      const start = performance.now();
      m.analyse(word);
      timings.push(performance.now() - start);
    }
  }
  return timings.sort((a, b) => a - b);
}

function timeText(m: VoikkoMorphology): number[] {
  const timings: number[] = [];
  for (let i = 0; i < TEXT_ITERATIONS; i += 1) {
    const start = performance.now();
    for (const word of textWords) m.analyse(word);
    timings.push(performance.now() - start);
  }
  return timings.sort((a, b) => a - b);
}

const uncached = VoikkoMorphology.open({ cacheSize: 1 });
const cached = VoikkoMorphology.open();
timeEach(uncached, words, 2); // warm-up: JIT and the dictionary's pages
timeEach(cached, words, 2);

const rows: Array<[string, number, number[], string]> = [
  ['analyse one word, uncached', words.length * ROUNDS, timeEach(uncached, words, ROUNDS), 'µs'],
  ['analyse one word, cached', words.length * ROUNDS, timeEach(cached, words, ROUNDS), 'µs'],
  [
    `every word of a ${text.length}-char text (${textWords.length} words), uncached`,
    TEXT_ITERATIONS,
    timeText(uncached),
    'ms',
  ],
  [
    `every word of a ${text.length}-char text (${textWords.length} words), cached`,
    TEXT_ITERATIONS,
    timeText(cached),
    'ms',
  ],
];
uncached.close();
cached.close();

const show = (ms: number, unit: string) =>
  unit === 'µs' ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`;
console.log(`${words.length} distinct word forms from the anonymity corpora; ${ROUNDS} rounds each`);
console.log('| morphology (Voikko) | samples | median | p99 |');
console.log('|---|--:|--:|--:|');
for (const [name, samples, timings, unit] of rows) {
  console.log(
    `| ${name} | ${samples} | ${show(percentile(timings, 50), unit)} | ${show(percentile(timings, 99), unit)} |`,
  );
}
console.log(`Node ${process.version} (${process.platform}/${process.arch})`);
