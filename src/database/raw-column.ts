import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

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
 * One column of a query's raw rows (getRawMany), for the busiest reads where TypeORM's entity
 * building costs more than the query: found under the key TypeORM gives it (`c_created_at`)
 * and converted by the driver as entity loading would (dates are text from SQLite and Date
 * objects from PostgreSQL). Null when the row has no value.
 */
export function rawColumn(
  query: SelectQueryBuilder<ObjectLiteral>,
  alias: string,
  property: string,
): (raw: Record<string, unknown>) => unknown {
  const driver = query.connection.driver;
  const column = query.expressionMap
    .findAliasByName(alias)
    .metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${alias} has no column ${property}`);
  const key = DriverUtils.buildAlias(driver, undefined, alias, column.databaseName);
  // Text columns come back as they are stored on every driver: no conversion to look up
  // for each of an export's hundreds of thousands of rows.
  if (TEXT_TYPES.has(column.type) && !column.transformer && !column.isArray) {
    return (raw) => raw[key] ?? null;
  }
  return (raw) => {
    const value = raw[key];
    return value === null || value === undefined
      ? null
      : driver.prepareHydratedValue(value, column);
  };
}
