import type { DatabaseType } from '../config/app-config';

/** The logical kinds of column the schema uses, portable across the three databases. */
export type ColumnKind =
  'string' | 'int' | 'bigint' | 'bool' | 'datetime' | 'date' | 'text' | 'binary';

/**
 * Each database's own name for a kind. Migrations and entities both read this table, so the
 * schema TypeORM expects is the one the migrations build (the drift test checks it).
 * SQL Server gets datetime2 (not the deprecated datetime) and nvarchar(max) (not ntext).
 */
export const COLUMN_TYPES: Record<DatabaseType, Record<ColumnKind, string>> = {
  sqlite: {
    string: 'varchar',
    int: 'integer',
    bigint: 'bigint',
    bool: 'boolean',
    datetime: 'datetime',
    date: 'date',
    text: 'text',
    binary: 'blob',
  },
  postgres: {
    string: 'character varying',
    int: 'integer',
    bigint: 'bigint',
    bool: 'boolean',
    datetime: 'timestamp',
    date: 'date',
    text: 'text',
    binary: 'bytea',
  },
  mssql: {
    string: 'nvarchar',
    int: 'int',
    bigint: 'bigint',
    bool: 'bit',
    datetime: 'datetime2',
    date: 'date',
    text: 'nvarchar',
    binary: 'varbinary',
  },
};

/** SQL Server has no unbounded text type but nvarchar(max), nor binary but varbinary(max). */
export function textLength(type: DatabaseType): string | undefined {
  return type === 'mssql' ? 'MAX' : undefined;
}
