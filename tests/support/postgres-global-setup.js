// Jest globalSetup: one PostgreSQL for the whole run. Uses TEST_DATABASE_URL when set (as
// .ci/run does); else starts src/cli/serve-postgres.ts (a throwaway server from the installed
// binaries) and keeps it for globalTeardown. When neither works, the reason goes into
// TEST_DATABASE_PROBLEM and only the Postgres tests fail, saying so. Plain JS: Jest loads this file
// outside its module mapping, so it starts the TypeScript CLI through tsx instead of importing it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setupPostgres() {
  if (process.env.TEST_DATABASE_URL) return;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve-postgres.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  try {
    const url = await new Promise((resolve, reject) => {
      let stdout = '';
      server.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0].trim());
      });
      server.once('exit', (code) =>
        reject(new Error(`serve-postgres exited with code ${code}: ${stderr.trim()}`)),
      );
    });
    process.env.TEST_DATABASE_URL = url;
    globalThis.mineralsTestPostgres = server;
  } catch (error) {
    process.env.TEST_DATABASE_PROBLEM = error.message;
  }
}
