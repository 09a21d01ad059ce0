import type { DatabaseType } from '../config/app-config';
import { loadConfig } from '../config/load-config';

let cached: DatabaseType | undefined;

/**
 * The database in use, read once from the configuration. Entity decorators run when their
 * files are imported, before Nest builds anything, so they cannot wait for injection.
 */
export function currentDatabaseType(): DatabaseType {
  cached ??= loadConfig().database.type;
  return cached;
}

/** TypeORM's driver name for each configured database type. */
export function databaseTypeOfDriver(driverType: string): DatabaseType {
  if (driverType === 'better-sqlite3' || driverType === 'sqlite') return 'sqlite';
  if (driverType === 'postgres') return 'postgres';
  if (driverType === 'mssql') return 'mssql';
  throw new Error(`Unsupported database driver ${driverType}`);
}
