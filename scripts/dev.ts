import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevStack, type UnexpectedExit } from './dev/dev-stack.js';
import { watchParent } from './dev/parent-watch.js';
import { ROLES, type Role } from './dev/playground-config.js';

/** `npm run dev [-- --as worker|convenor|evaluator]`: the bot on its embedded default + the Agents Playground. */
const { values } = parseArgs({
  options: {
    as: { type: 'string', default: 'worker' },
    port: { type: 'string', default: '3978' },
    'playground-port': { type: 'string', default: '56150' },
  },
});
if (!(ROLES as readonly string[]).includes(values.as)) {
  console.error(`--as must be one of: ${ROLES.join(', ')}`);
  process.exit(2);
}
const stack = await startDevStack({
  role: values.as as Role,
  botPort: Number(values.port),
  playgroundPort: Number(values['playground-port']),
  // the memory store is kept in a snapshot, so a restart of the dev command keeps cases, teams and the outbox
  // (tests start the stack without it: each run begins empty)
  env: {
    DEV_STORE_SNAPSHOT:
      process.env.DEV_STORE_SNAPSHOT ?? join(import.meta.dirname, '..', '.cache', 'dev-store', 'store.json'),
  },
}).catch((e: unknown) => {
  console.error(`\n  Could not start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
console.log(
  `\n  TYM-konsultaatio is running as "${values.as}".\n  Open ${stack.playgroundUrl} in your browser.\n  Ctrl-C stops both the bot and the playground.\n`,
);

let isStopping = false;
const stop = () => {
  if (isStopping) return;
  isStopping = true;
  void stack.stop().then(() => {
    console.log('\n  Stopped: the bot and the playground have shut down.\n');
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
