/** The fuzz campaign on the memory store: at least 10,000 generated activities per run (FUZZ_SEED, FUZZ_RUNS). */
import { it } from 'vitest';
import { memoryStores } from '../support/store-kinds.js';
import { runCampaign } from './campaign.js';

it('answers every generated activity as the pipeline promises, on the memory store', async () => {
  const h = await memoryStores();
  try {
    const r = await runCampaign(
      h,
      { minActivities: 10_000, batch: { min: 80, max: 120 }, concurrency: 16 },
      20260701,
    );
    console.info(
      `[fuzz] memory: ${r.activities} activities in ${r.runs} runs, ${r.receipts} receipts, ${r.ms} ms (seed ${r.seed})`,
    );
  } finally {
    await h.cleanup();
  }
}, 300_000);
