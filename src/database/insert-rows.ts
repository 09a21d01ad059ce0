import type { QueryRunner } from 'typeorm';

/**
 * Inserts rows by column name with the driver's own quoting and placeholders: the query
 * builder would map the rows through the entity when the data source knows it (the server)
 * and by column name when it does not (`npm run migration:run`), and a migration must not
 * depend on what the entity looks like later.
 */
export async function insertRows(
  runner: QueryRunner,
  table: string,
  rows: Record<string, string | number>[],
) {
  const driver = runner.connection.driver;
  const columns = Object.keys(rows[0]);
  const parameters: (string | number)[] = [];
  const tuples = rows.map(
    (row) =>
      `(${columns.map((column) => driver.createParameter(column, parameters.push(row[column]) - 1)).join(', ')})`,
  );
  await runner.query(
    `INSERT INTO ${driver.escape(table)} (${columns.map((column) => driver.escape(column)).join(', ')}) VALUES ${tuples.join(', ')}`,
    parameters,
  );
}
