import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';

/**
 * Where backups go: backups.directory, else a `backups` folder beside the database file. A
 * database in memory (tests) has no folder of its own: its backups go to the temp folder.
 */
export function backupDirectory(config: AppConfig): string {
  if (config.backups.directory) return resolve(config.backups.directory);
  if (config.database.path === ':memory:') return join(tmpdir(), 'training-crm-backups');
  return join(dirname(resolve(config.database.path)), 'backups');
}
