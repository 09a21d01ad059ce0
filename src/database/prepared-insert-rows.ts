import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { insertedColumns, PreparedStatement } from './prepared-statement';
import { StatementCache } from './statement-cache';

/**
 * Values one statement may carry on every database: SQL Server takes at most 2,100
 * parameters (SQLite 32,766, PostgreSQL 65,535) and at most 1,000 rows in a VALUES list.
 */
const MAX_PARAMETERS = 2000;
const MAX_ROWS = 1000;

/**
 * Many rows of an entity written with as few statements as the parameter limit allows: the
 * statements (one of the full width, one per shorter tail) are built once per data source
 * and only bound to new values, where the query builder would rebuild the SQL for every
 * call and bind its values in a time that grows with the square of their number. Declared
 * once as a constant, like a PreparedQuery:
 *
 *   export const INSERT_SEARCH_TERMS = PreparedInsertRows.of(CustomerSearchTerm);
 *   await INSERT_SEARCH_TERMS.run(manager, rows);
 *
 * Each row must name every column of insertedColumns(), null included (checked as it is
 * bound); nothing is read back.
 */
export class PreparedInsertRows<T extends ObjectLiteral> {
  private readonly built = new WeakMap<
    DataSource,
    StatementCache<PreparedStatement<{ rows: Partial<T>[] }>>
  >();

  private constructor(private readonly entity: EntityTarget<T>) {}

  static of<T extends ObjectLiteral>(entity: EntityTarget<T>): PreparedInsertRows<T> {
    return new PreparedInsertRows(entity);
  }

  /** The most rows one statement takes on this data source. */
  rowsPerStatement(source: DataSource): number {
    const columns = insertedColumns(source.getMetadata(this.entity)).length;
    return Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns));
  }

  /** The statement that inserts `count` rows (at most rowsPerStatement), built now if it was not yet. */
  on(source: DataSource, count: number): PreparedStatement<{ rows: Partial<T>[] }> {
    let statements = this.built.get(source);
    if (!statements) {
      // The full width and the tails of the last few row counts.
      statements = new StatementCache(16);
      this.built.set(source, statements);
    }
    return statements.get(String(count), () =>
      PreparedStatement.insertRows(source, this.entity, count),
    );
  }

  /** Inserts the rows, in the transaction of `on` when it has one. */
  async run(on: EntityManager, rows: Partial<T>[]): Promise<void> {
    const source = on.connection;
    const width = this.rowsPerStatement(source);
    for (let from = 0; from < rows.length; from += width) {
      const slice = rows.slice(from, from + width);
      await this.on(source, slice.length).run(on, { rows: slice });
    }
  }
}
