import { parseArgs } from 'node:util';
import { startDevStack } from './dev/dev-stack.js';
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
});
console.log(
  `\n  TYM-konsultaatio is running as "${values.as}".\n  Open ${stack.playgroundUrl} in your browser.\n  Ctrl-C stops both the bot and the playground.\n`,
);
const stop = () => void stack.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
stack.bot.once('exit', (code) => {
  console.error(`The bot stopped (exit code ${code}).`);
  void stack.stop().then(() => process.exit(1));
});
