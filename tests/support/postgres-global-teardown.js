// Jest globalTeardown: stops the server postgres-global-setup.js started, if it started one.
export default async function teardownPostgres() {
  const server = globalThis.mineralsTestPostgres;
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}
