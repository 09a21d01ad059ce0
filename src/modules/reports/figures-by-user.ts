import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Runs a staff figure's query, grouped by `userColumn` (`alias.property`), narrowed to one
 * user when asked: the figure of each user, as numbers. `value` is the SQL summed or counted.
 */
export async function figuresByUser<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  userColumn: string,
  value: string,
  userId?: number,
): Promise<Map<number, number>> {
  query
    .select(userColumn, 'userId')
    .addSelect(value, 'figure')
    .andWhere(`${userColumn} IS NOT NULL`)
    .groupBy(userColumn);
  if (userId !== undefined) query.andWhere(`${userColumn} = :figureUser`, { figureUser: userId });
  const rows = await query.getRawMany<{ userId: number | string; figure: number | string }>();
  return new Map(rows.map((row) => [Number(row.userId), Number(row.figure)]));
}
