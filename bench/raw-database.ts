/** How a seeded column's values are written: each database gets them in its own types. */
export type SeedColumnKind = 'int' | 'text' | 'timestamp' | 'date' | 'bool';

/**
 * The benchmark's own door to the database, beside the server: seeding in big batches and
 * the raw queries the API is compared with. SQL is written with `?` placeholders.
 */
export interface RawDatabase {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A statement that answers no rows (an UPDATE of seeded rows). */
  execute(sql: string, params?: unknown[]): Promise<void>;
  /** Inserts rows (arrays in the order of `columns`) in one transaction. */
  insert(table: string, columns: Record<string, SeedColumnKind>, rows: unknown[][]): Promise<void>;
  /** After seeding: id sequences past the ids written, statistics for the planner. */
  finishSeeding(): Promise<void>;
  close(): Promise<void>;
}

/** A database the benchmark can empty, open, and point the servers at. */
export interface BenchDatabase {
  readonly type: 'sqlite' | 'postgres';
  /** Drops what a previous run left: the server's first start builds the schema. */
  reset(): Promise<void>;
  /** The server's environment variables for this database (src/config/env-variables.ts). */
  serverEnv(): Record<string, string>;
  /** `seeding`: the server is stopped and the rows are consistent by construction. */
  open(seeding?: boolean): Promise<RawDatabase>;
}
