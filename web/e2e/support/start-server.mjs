// The server the browser tests talk to: the build `npm run build` made, on a fresh SQLite
// file in a temporary directory, in production mode, with a known first admin password.
// Before it starts, the schema is migrated and BROWSER_TEST_CUSTOMERS customers (100,000
// unless told otherwise; 0 for none) are written into the file (seed-customers.mjs), so that
// the customer list is measured on a base of realistic size.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCustomers } from './seed-customers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'crm-browser-'));
const env = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: process.env.BROWSER_TEST_PORT ?? '3190',
  DB_TYPE: 'sqlite',
  DB_PATH: join(dir, 'crm.sqlite'),
  JWT_SECRET: 'browser-tests-secret-0123456789abcdef0123',
  ADMIN_PASSWORD: 'Browser-First-Start-1',
  LOG_LEVEL: 'warn',
  // the shortest access tokens the server allows, so that every longer story also refreshes
  // them as it goes, as a person's console does every 15 minutes
  ACCESS_TOKEN_TTL_SECONDS: '30',
};

const customers = Number(process.env.BROWSER_TEST_CUSTOMERS ?? 100_000);
if (customers > 0) {
  const started = Date.now();
  const migrated = spawnSync(process.execPath, ['dist/src/database/migrate.js'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (migrated.status !== 0) process.exit(migrated.status ?? 1);
  seedCustomers(env.DB_PATH, customers);
  process.stderr.write(`Seeded ${customers} customers in ${Date.now() - started} ms\n`);
}

const child = spawn(process.execPath, ['--max-old-space-size=512', 'dist/src/main.js'], {
  stdio: 'inherit',
  env,
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
