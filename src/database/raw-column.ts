import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

/**
 * One column of a query's raw rows (getRawMany), for the busiest reads where TypeORM's entity
 * building costs more than the query: found under the key TypeORM gives it (`c_created_at`)
 * and converted by the driver as entity loading would (dates are text from SQLite and Date
 * objects from PostgreSQL). Null when the row has no value.
 */
export function rawColumn(query: SelectQueryBuilder<ObjectLiteral>, alias: string, property: string): (raw: Record<string, unknown>) => unknown {
  const driver = query.connection.driver;
  const column = query.expressionMap.findAliasByName(alias).metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${alias} has no column ${property}`);
  const key = DriverUtils.buildAlias(driver, undefined, alias, column.databaseName);
  return (raw) => {
    const value = raw[key];
    return value === null || value === undefined ? null : driver.prepareHydratedValue(value, column);
  };
}
