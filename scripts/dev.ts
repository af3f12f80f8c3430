import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevStack, type UnexpectedExit } from './dev/dev-stack.js';
import { ensureTabBuilt } from './dev/ensure-tab.js';
import { watchParent } from './dev/parent-watch.js';
import { ROLES, type Role } from './dev/playground-config.js';

/**
 * `npm run dev [-- --as worker|convenor|evaluator]`: the bot on its embedded default + one Agents Playground per
 * role on adjacent ports (worker, convenor, evaluator), or only the one `--as` names.
 */
const { values } = parseArgs({
  options: {
    as: { type: 'string' },
    port: { type: 'string', default: '3978' },
    'playground-port': { type: 'string', default: '56150' },
  },
});
if (values.as !== undefined && !(ROLES as readonly string[]).includes(values.as)) {
  console.error(`--as must be one of: ${ROLES.join(', ')}`);
  process.exit(2);
}
const stack = await startDevStack({
  roles: values.as === undefined ? ROLES : [values.as as Role],
  botPort: Number(values.port),
  playgroundPort: Number(values['playground-port']),
  // the memory store is kept in a snapshot, so a restart of the dev command keeps cases, teams and the outbox
  // (tests start the stack without it: each run begins empty)
  env: {
    DEV_STORE_SNAPSHOT:
      process.env.DEV_STORE_SNAPSHOT ?? join(import.meta.dirname, '..', '.cache', 'dev-store', 'store.json'),
    // the playground's convenor and evaluator get their roles and the region a demo team (once; idempotent)
    DEV_SEED: process.env.DEV_SEED ?? '1',
  },
}).catch((e: unknown) => {
  console.error(`\n  Could not start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
const urls = [
  ...stack.playgrounds.map((p) => `    ${p.role.padEnd(10)} ${p.url}`),
  `    ${'dashboard'.padEnd(10)} ${stack.botUrl}/tab/  (plain browser: ?as=evaluator&lang=fi&theme=dark)`,
].join('\n');
console.log(
  `\n  TYM-konsultaatio is running. Open a playground per role in your browser:\n${urls}\n` +
    `  Ctrl-C stops the bot and the playgrounds.\n`,
);

// the dashboard tab (/tab/) is served from dist/tab: built once the bot is up when missing or older than src/tab
// (so the start does not wait for it; /tab/ says "not built yet" until it is done)
void ensureTabBuilt((line) => console.log(`  ${line}`)).then(
  (state) => state === 'built' && console.log('  The dashboard tab is built.'),
  (e: unknown) =>
    console.error(`\n  Could not build the dashboard tab: ${e instanceof Error ? e.message : String(e)}\n`),
);

let isStopping = false;
const stop = () => {
  if (isStopping) return;
  isStopping = true;
  void stack.stop().then(() => {
    console.log('\n  Stopped: the bot and the playgrounds have shut down.\n');
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);
// npm relays SIGINT/SIGTERM to its script's process only, hence `exec` in the script (a shell in between would
// swallow them). Should npm or a shell die without relaying (SIGKILL), this process is adopted: stop then too.
watchParent(stop);

const describe = ({ part, code, signal }: UnexpectedExit) =>
  code === 0
    ? `The ${part} ended on its own.`
    : `The ${part} crashed (${signal ? `killed by ${signal}` : `exit code ${code}`}).`;
void stack.unexpectedExit.then((exit) => {
  if (isStopping) return;
  isStopping = true;
  console.error(`\n  ${describe(exit)} Stopping the rest.\n`);
  void stack.stop().then(() => process.exit(1));
});
