import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { ALL_MIGRATIONS } from '../../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Connection options for the configured database; the only place that knows all three. */
export function buildDataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = {
    namingStrategy: new SnakeNamingStrategy(),
    migrations: ALL_MIGRATIONS,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: db.logging ? (['query', 'error'] as ('query' | 'error')[]) : false,
  };
  switch (db.type) {
    case 'sqlite': {
      const file = db.path === ':memory:' ? db.path : resolve(db.path);
      if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
      return {
        ...common,
        type: 'better-sqlite3',
        database: file,
        // WAL lets readers go on while one request writes; wait rather than fail on a lock.
        prepareDatabase: (database: { pragma(sql: string): unknown }) => {
          database.pragma('journal_mode = WAL');
          // With WAL, NORMAL loses no committed data on a crash of the process, only on power loss.
          database.pragma('synchronous = NORMAL');
          // The log grows while writes outpace checkpoints (an import, a rush of payments) and
          // is reused from its start afterwards; past 64 MiB it is cut back then, not kept.
          database.pragma('journal_size_limit = 67108864');
          // The driver waits for a lock synchronously, holding up every request: wait only a
          // moment here, and longer asynchronously (GatedSqliteQueryRunner), up to busyWaitMs.
          database.pragma('busy_timeout = 20');
        },
      };
    }
    case 'postgres':
      return {
        ...common,
        type: 'postgres',
        ...(db.url
          ? { url: db.url }
          : {
              host: db.host,
              port: db.port || 5432,
              username: db.user,
              password: db.password,
              database: db.name,
            }),
      };
    case 'mssql':
      return {
        ...common,
        type: 'mssql',
        host: db.host,
        port: db.port || 1433,
        username: db.user,
        password: db.password,
        database: db.name,
        options: { encrypt: db.encrypt, trustServerCertificate: db.trustServerCertificate },
      };
  }
}
