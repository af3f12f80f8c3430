import { composeApp } from './compose.js';
import { ConfigError, loadConfig } from './config.js';
import { MorphologyUnavailableError } from './ports/morphology.js';

/** Start: config -> composition -> listen. Stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`tym-consult cannot start.\n${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  let app;
  try {
    app = await composeApp(config);
  } catch (e) {
    if (e instanceof MorphologyUnavailableError) {
      process.stderr.write(`tym-consult cannot start.\n${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const server = app.http.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    app.logger.info('server.listening', {
      url: `http://${config.host}:${port}/api/messages`,
      mode: config.mode,
      store: app.storeHealth.kind,
      guard: app.guardMode,
      auth: config.isAuthDisabled ? 'off (development, loopback only)' : 'bot framework',
    });
  });
  const stop = () => {
    app.logger.info('server.stopping');
    server.close(() => void app.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
