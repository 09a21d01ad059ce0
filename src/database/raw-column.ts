import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { StoredInstant } from './stored-instant';

const TEXT_TYPES = new Set<unknown>([
  String,
  'varchar',
  'nvarchar',
  'character varying',
  'text',
  'ntext',
  'char',
  'nchar',
  'character',
]);

/**
 * The types better-sqlite3's driver converts when it reads them (AbstractSqliteDriver's
 * prepareHydratedValue); the others (`integer`, `bigint`, `blob`…) come back as stored.
 */
const SQLITE_CONVERTED_TYPES = new Set<unknown>([
  Boolean,
  'boolean',
  Date,
  'datetime',
  'date',
  'time',
  'json',
  'jsonb',
  'simple-json',
  'simple-array',
  'simple-enum',
  Number,
]);

/** A time as SQLite stores what TypeORM writes: `2026-03-04 05:06:07.089`, UTC. */
const SQLITE_DATETIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/;

/**
 * One column of a query's raw rows (getRawMany), for the busiest reads where TypeORM's entity
 * building costs more than the query: found under the key TypeORM gives it (`c_created_at`)
 * and converted by the driver as entity loading would (dates are text from SQLite and Date
 * objects from PostgreSQL). Null when the row has no value.
 */
export function rawColumn(
  query: SelectQueryBuilder<ObjectLiteral>,
  alias: string,
  property: string,
  /** where a row holds the column TypeORM names `key` (its index when rows are arrays) */
  keyAt: (key: string) => string | number = (key) => key,
): (raw: Record<string | number, unknown>) => unknown {
  const driver = query.connection.driver;
  const column = query.expressionMap
    .findAliasByName(alias)
    .metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${alias} has no column ${property}`);
  const key = keyAt(DriverUtils.buildAlias(driver, undefined, alias, column.databaseName));
  // Text columns come back as they are stored on every driver, and most on SQLite: no
  // conversion to look up for each of an export's hundreds of thousands of rows.
  const asStored =
    TEXT_TYPES.has(column.type) ||
    (driver.options.type === 'better-sqlite3' && !SQLITE_CONVERTED_TYPES.has(column.type));
  if (asStored && !column.transformer && !column.isArray) {
    return (raw) => raw[key] ?? null;
  }
  if (
    driver.options.type === 'better-sqlite3' &&
    column.type === 'datetime' &&
    !column.transformer &&
    !column.isArray
  ) {
    // The form every stored time has, read as the driver reads it (a UTC time with the T and
    // Z it adds) without its two patterns and its conversion dispatch, and written back as
    // JSON from that text (StoredInstant); any other form is the driver's to read.
    return (raw) => {
      const value = raw[key];
      if (typeof value === 'string' && SQLITE_DATETIME.test(value))
        return new StoredInstant(`${value.slice(0, 10)}T${value.slice(11)}Z`);
      return value === null || value === undefined
        ? null
        : driver.prepareHydratedValue(value, column);
    };
  }
  return (raw) => {
    const value = raw[key];
    return value === null || value === undefined
      ? null
      : driver.prepareHydratedValue(value, column);
  };
}
