import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rawColumn } from './raw-column';

/**
 * Builds the objects a query's raw rows stand for: the selected columns of the main alias at
 * the top, those of each joined alias under its relation's property (null when the join found
 * no row). For the reads every request makes, where TypeORM's entity building costs more than
 * the query (PreparedStatement); the reader is worked out once per query and applies the
 * driver's conversions (rawColumn). `fields` are the query's selection (`c.name`, `owner.displayName`).
 */
export function rawRowReader<T>(
  query: SelectQueryBuilder<ObjectLiteral>,
  fields: readonly string[],
  /** where a row holds the column TypeORM names `key` (its index when rows are arrays) */
  keyAt?: (key: string) => string | number,
): (raw: Record<string | number, unknown>) => T {
  const main = query.alias;
  const own: [string, (raw: Record<string | number, unknown>) => unknown][] = [];
  const joined = new Map<
    string,
    { property: string; columns: [string, (raw: Record<string | number, unknown>) => unknown][] }
  >();
  for (const field of fields) {
    const [alias, property] = field.split('.');
    if (!property) throw new Error(`rawRowReader: select ${field} as alias.property fields`);
    const read = rawColumn(query, alias, property, keyAt);
    if (alias === main) {
      own.push([property, read]);
      continue;
    }
    let join = joined.get(alias);
    if (!join) {
      const attribute = query.expressionMap.joinAttributes.find(
        (candidate) => candidate.alias.name === alias,
      );
      if (!attribute?.relationPropertyPath)
        throw new Error(`rawRowReader: ${alias} is not a joined relation`);
      join = { property: attribute.relationPropertyPath, columns: [] };
      joined.set(alias, join);
    }
    join.columns.push([property, read]);
  }
  const relations = [...joined.values()];
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const [property, read] of own) row[property] = read(raw);
    for (const { property, columns } of relations) {
      let related: Record<string, unknown> | null = null;
      for (const [column, read] of columns) {
        const value = read(raw);
        if (value === null) continue;
        related ??= {};
        related[column] = value;
      }
      row[property] = related;
    }
    return row as T;
  };
}
