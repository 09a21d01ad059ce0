import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/load-config';
import { backupDirectory } from './backup-directory';
import { restoreBackupFile } from './restore-backup-file';

/**
 * `npm run backup:restore -- <file>`, with the server stopped: puts a backup (a path, or a
 * name in the backup directory) in place of the configured SQLite database; the database it
 * replaces is kept beside it. Server databases are restored with their own tools (README).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const file = process.argv[2];
  if (config.database.type !== 'sqlite' || config.database.path === ':memory:') {
    throw new Error(
      'backup:restore is for the SQLite database file; restore PostgreSQL or SQL Server with their own tools (README)',
    );
  }
  if (!file) throw new Error('usage: npm run backup:restore -- <backup file or name>');
  const backup = existsSync(file) ? resolve(file) : join(backupDirectory(config), file);
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const database = resolve(config.database.path);
  const { keptAs } = await restoreBackupFile(backup, database);
  process.stdout.write(
    `Restored ${backup} to ${database}.` +
      (keptAs ? ` The database it replaced is kept as ${keptAs}.` : '') +
      ' Start the server: it applies any migrations the backup predates.\n',
  );
}

main().catch((error: Error) => {
  process.stderr.write(`Restore failed: ${error.message}\n`);
  process.exit(1);
});
