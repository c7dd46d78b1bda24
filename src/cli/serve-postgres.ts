/**
 * Runs a throwaway PostgreSQL for tests and benchmarks until SIGTERM/SIGINT:
 * prints its URL as the first stdout line, then stops it and deletes its files on a signal.
 * `.ci/run` starts it in the background and exports the URL as TEST_DATABASE_URL.
 */
import { startLocalPostgres } from '../dev/start-local-postgres.js';
import { errorMessage } from '../error-message.js';

async function main(): Promise<void> {
  const server = await startLocalPostgres();
  process.stdout.write(`${server.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`serve-postgres: stop failed: ${errorMessage(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Keep the process alive until a signal.
  setInterval(() => undefined, 1 << 30);
}

main().catch((error: unknown) => {
  process.stderr.write(`serve-postgres: ${errorMessage(error)}\n`);
  process.exit(1);
});
