import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config/app-config';

/**
 * A database of its own for each test application, so test files can run in parallel and
 * each starts from an empty schema: in-memory for SQLite, a throw-away database on a
 * PostgreSQL server. (Test scaffolding is the one place that speaks a server's dialect.)
 */
export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

async function adminClient(db: DatabaseConfig): Promise<Client> {
  const client = new Client({
    host: db.host,
    port: db.port || 5432,
    user: db.user || 'postgres',
    password: db.password || undefined,
    database: 'postgres',
  });
  await client.connect();
  return client;
}

export async function createTestDatabase(base: DatabaseConfig): Promise<TestDatabase> {
  if (base.type === 'sqlite') {
    return { config: { ...base, path: ':memory:' }, drop: async () => undefined };
  }
  if (base.type !== 'postgres') {
    // SQL Server: the suite runs against the database configured, which must be empty.
    return { config: base, drop: async () => undefined };
  }
  const name = `${base.name || 'crm'}_t${randomBytes(5).toString('hex')}`.toLowerCase();
  const client = await adminClient(base);
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return {
    config: { ...base, url: '', name, user: base.user || 'postgres' },
    drop: async () => {
      const dropper = await adminClient(base);
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
