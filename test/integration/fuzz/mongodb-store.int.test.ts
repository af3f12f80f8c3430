/**
 * The fuzz campaign on the MongoDB store (FerretDB or MONGODB_URI): at least 1,000 generated activities per run.
 * Skipped with a printed reason without a server; failed when MONGODB_REQUIRED=1.
 */
import { afterAll, describe, it } from 'vitest';
import { startMongoTestServer } from '../support/mongo-server.js';
import { mongoStoresOn } from '../support/mongo-stores-harness.js';
import { runCampaign } from './campaign.js';

const server = await startMongoTestServer();

describe.skipIf(!server)('fuzz campaign on MongoDB', () => {
  if (!server) return;
  afterAll(() => server.stop());

  it(`answers every generated activity as the pipeline promises, on the mongodb (${server.kind}) store`, async () => {
    const h = await mongoStoresOn(server, 'fuzz')();
    try {
      const r = await runCampaign(
        h,
        { minActivities: 1_000, batch: { min: 40, max: 60 }, concurrency: 8 },
        20260702,
      );
      console.info(
        `[fuzz] mongodb: ${r.activities} activities in ${r.runs} runs, ${r.receipts} receipts, ${r.ms} ms (seed ${r.seed})`,
      );
    } finally {
      await h.cleanup();
    }
  }, 300_000);
});
