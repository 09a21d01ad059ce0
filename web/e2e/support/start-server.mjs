// The server the browser tests talk to: the build `npm run build` made, on a fresh SQLite
// file in a temporary directory, in production mode, with a known first admin password.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'crm-browser-'));
const child = spawn(process.execPath, ['--max-old-space-size=512', 'dist/src/main.js'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: process.env.BROWSER_TEST_PORT ?? '3190',
    DB_TYPE: 'sqlite',
    DB_PATH: join(dir, 'crm.sqlite'),
    JWT_SECRET: 'browser-tests-secret-0123456789abcdef0123',
    ADMIN_PASSWORD: 'Browser-First-Start-1',
    LOG_LEVEL: 'warn',
  },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
