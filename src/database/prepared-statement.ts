import type {
  DataSource,
  DeleteQueryBuilder,
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
  UpdateQueryBuilder,
} from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { rawRowReader } from './raw-row-reader';
import { sqliteDirectStatementsOf } from './resilience/create-data-source';

type RawRow = Record<string, unknown>;

/**
 * One statement built for one data source's driver: the SQL written once (by the query
 * builder, or from an entity's metadata for an insert), run many times with new values. On
 * the statements every request runs, building costs more than the database's work; so does
 * TypeORM's entity building, so a SELECT's rows are mapped straight to plain objects of the
 * selected properties (joined ones under their relation, null when the join found no row),
 * with the driver's conversions. Callers see typed objects, never raw rows.
 *
 * Usually reached through a PreparedQuery (built once per data source) or a
 * PreparedQueryShapes (once per data source and shape); built directly only for a statement
 * that lives as long as one piece of work (an export's keyset page).
 */
export class PreparedStatement<Params extends ObjectLiteral, Row = never> {
  private constructor(
    private readonly source: DataSource,
    /** the SQL as built, named parameters (`:userId`) still in it, or the driver's own placeholders for an insert */
    readonly sql: string,
    private readonly bindTo: (params: Params) => [string, unknown[]],
    private readonly read: ((raw: RawRow) => Row) | null,
    /** a SELECT's reader of rows as arrays in the order of `columns` (SqliteDirectStatements) */
    private readonly readArrays:
      ((columns: readonly string[]) => (row: unknown[]) => Row) | null = null,
  ) {}

  /** array row readers by the column names the connection answered (one array per SQL text) */
  private readonly arrayReaders = new WeakMap<readonly string[], (row: unknown[]) => Row>();

  /** A SELECT: its selection must be `alias.property` fields (`c.name`, `owner.displayName`). */
  static select<Row, Params extends ObjectLiteral = ObjectLiteral>(
    query: SelectQueryBuilder<ObjectLiteral>,
  ): PreparedStatement<Params, Row> {
    const fields = query.expressionMap.selects.map((select) => select.selection);
    const source = query.connection;
    return new PreparedStatement<Params, Row>(
      source,
      query.getQuery(),
      named(source, query.getQuery()),
      rawRowReader<Row>(query, fields),
      // An array is read by index as a record is by key (the reader only indexes its row).
      (columns) =>
        rawRowReader<Row>(query, fields, (key) => positionOf(columns, key)) as unknown as (
          row: unknown[],
        ) => Row,
    );
  }

  /**
   * How many rows a SELECT finds: its selection is replaced by `COUNT(*)`, and one() answers
   * the number (for the totals shown beside a page, on the reads every request makes).
   */
  static count<Params extends ObjectLiteral = ObjectLiteral>(
    query: SelectQueryBuilder<ObjectLiteral>,
  ): PreparedStatement<Params, number> {
    const source = query.connection;
    const sql = query.select('COUNT(*)', 'total').getQuery();
    return new PreparedStatement<Params, number>(
      source,
      sql,
      named(source, sql),
      (raw) => Number(raw.total ?? 0),
      () => (row) => Number(row[0] ?? 0),
    );
  }

  /**
   * A SELECT of sums and counts (`COUNT(*) AS total`, `SUM(...) AS paid`): one row whose
   * columns, by their aliases, are all read as numbers (a driver may answer big sums as text).
   */
  static figures<Name extends string, Params extends ObjectLiteral = ObjectLiteral>(
    query: SelectQueryBuilder<ObjectLiteral>,
    names: readonly Name[],
  ): PreparedStatement<Params, Record<Name, number>> {
    const source = query.connection;
    const sql = query.getQuery();
    const figuresOf = (at: (name: Name) => unknown) => {
      const row = {} as Record<Name, number>;
      for (const name of names) row[name] = Number(at(name) ?? 0);
      return row;
    };
    return new PreparedStatement<Params, Record<Name, number>>(
      source,
      sql,
      named(source, sql),
      (raw) => figuresOf((name) => raw[name]),
      (columns) => (row) => figuresOf((name) => row[positionOf(columns, name)]),
    );
  }

  /** An UPDATE or DELETE: run() answers the number of rows it changed. */
  static write<Params extends ObjectLiteral = ObjectLiteral>(
    query: UpdateQueryBuilder<ObjectLiteral> | DeleteQueryBuilder<ObjectLiteral>,
  ): PreparedStatement<Params> {
    const source = query.connection;
    return new PreparedStatement<Params>(
      source,
      query.getQuery(),
      named(source, query.getQuery()),
      null,
    );
  }

  /**
   * An INSERT of one row of an entity, every column but the generated key, each value
   * converted by the driver as TypeORM's insert would (transformers, JSON columns). The row
   * must say what every column holds (null included).
   */
  static insert<T extends ObjectLiteral>(
    source: DataSource,
    entity: EntityTarget<T>,
  ): PreparedStatement<T> {
    const metadata = source.getMetadata(entity);
    const driver = source.driver;
    const columns = metadata.columns.filter((column) => !column.isGenerated && !column.isVirtual);
    const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
    const placeholders = columns
      .map((column, index) => driver.createParameter(column.databaseName, index))
      .join(', ');
    const sql = `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES (${placeholders})`;
    const bind = (row: T): [string, unknown[]] => [
      sql,
      columns.map((column) => {
        const value = column.getEntityValue(row);
        if (value === undefined)
          throw new Error(`PreparedStatement: ${column.propertyName} has no value`);
        return driver.preparePersistentValue(value, column);
      }),
    ];
    return new PreparedStatement<T>(source, sql, bind, null);
  }

  /**
   * An INSERT of `count` rows of an entity in one statement (PreparedInsertRows cuts a list
   * of rows into such statements). Its columns are those of insertedColumns(); each value is
   * converted by the driver as in insert().
   */
  static insertRows<T extends ObjectLiteral>(
    source: DataSource,
    entity: EntityTarget<T>,
    count: number,
  ): PreparedStatement<{ rows: Partial<T>[] }> {
    const metadata = source.getMetadata(entity);
    const driver = source.driver;
    const columns = insertedColumns(metadata);
    const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
    const tuples: string[] = [];
    for (let row = 0; row < count; row += 1) {
      const offset = row * columns.length;
      const placeholders = columns.map((column, index) =>
        driver.createParameter(column.databaseName, offset + index),
      );
      tuples.push(`(${placeholders.join(', ')})`);
    }
    const sql = `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${tuples.join(', ')}`;
    const bind = ({ rows }: { rows: Partial<T>[] }): [string, unknown[]] => {
      if (rows.length !== count)
        throw new Error(`PreparedStatement: ${rows.length} rows for an insert of ${count}`);
      const values: unknown[] = [];
      for (const row of rows) {
        for (const column of columns) {
          let value = column.getEntityValue(row);
          if (value === undefined && column.isVersion) value = 1;
          if (value === undefined)
            throw new Error(`PreparedStatement: ${column.propertyName} has no value`);
          values.push(driver.preparePersistentValue(value, column));
        }
      }
      return [sql, values];
    };
    return new PreparedStatement<{ rows: Partial<T>[] }>(source, sql, bind, null);
  }

  /** The SQL and values as sent to the driver for these parameters. */
  bind(params: Params): [string, unknown[]] {
    return this.bindTo(params);
  }

  /** Runs a SELECT, in the transaction of `on` when it has one; its rows as objects. */
  async rows(on: EntityManager | undefined, params: Params): Promise<Row[]> {
    if (!this.read)
      throw new Error('PreparedStatement: rows() of a statement that is not a SELECT');
    if (this.readArrays) {
      // On the embedded database rows come as arrays: cheaper to build than keyed objects.
      const [sql, values] = this.bindTo(params);
      const direct = sqliteDirectStatementsOf(this.source)?.run(on?.queryRunner, sql, values, true);
      if (direct) return (direct.records as unknown[][]).map(this.arrayReader(direct.columns));
    }
    const records = (await this.query(on, params)).records as RawRow[];
    return records.map(this.read);
  }

  /**
   * A SELECT's rows from the embedded database's connection if it can run there at once
   * (nobody else's transaction holds it, nor waits for its COMMIT), else undefined; always
   * undefined on other databases.
   */
  rowsAtOnce(params: Params): Row[] | undefined {
    if (!this.readArrays) return undefined;
    const [sql, values] = this.bindTo(params);
    const direct = sqliteDirectStatementsOf(this.source)?.run(undefined, sql, values, true, true);
    return direct && (direct.records as unknown[][]).map(this.arrayReader(direct.columns));
  }

  /** A SELECT's rows as objects, from the raw records the driver answered for its SQL. */
  fromRecords(records: RawRow[]): Row[] {
    if (!this.read) throw new Error('PreparedStatement: rows of a statement that is not a SELECT');
    return records.map(this.read);
  }

  private arrayReader(columns: readonly string[] = []): (row: unknown[]) => Row {
    let read = this.arrayReaders.get(columns);
    if (!read) {
      read = (this.readArrays as (columns: readonly string[]) => (row: unknown[]) => Row)(columns);
      this.arrayReaders.set(columns, read);
    }
    return read;
  }

  /** The first row of a SELECT, or null. */
  async one(on: EntityManager | undefined, params: Params): Promise<Row | null> {
    return (await this.rows(on, params))[0] ?? null;
  }

  /** Runs an UPDATE, DELETE or INSERT; the number of rows it changed (where the driver says). */
  async run(on: EntityManager | undefined, params: Params): Promise<number> {
    return (await this.query(on, params)).affected ?? 0;
  }

  private async query(on: EntityManager | undefined, params: Params) {
    const [sql, values] = this.bindTo(params);
    const direct = sqliteDirectStatementsOf(this.source)?.run(on?.queryRunner, sql, values);
    if (direct) return direct;
    const runner = on?.queryRunner ?? this.source.createQueryRunner();
    try {
      return await runner.query(sql, values, true);
    } finally {
      if (!on?.queryRunner) await runner.release();
    }
  }
}

/** The index of the column TypeORM names `key` in a row of `columns`. */
function positionOf(columns: readonly string[], key: string): number {
  const position = columns.indexOf(key);
  if (position < 0) throw new Error(`PreparedStatement: no column ${key} in ${columns.join(', ')}`);
  return position;
}

/** Named parameters to the driver's placeholders, values converted as the query builder does. */
function named(source: DataSource, sql: string) {
  if (source.options.type === 'better-sqlite3') {
    return (params: ObjectLiteral): [string, unknown[]] =>
      source.driver.escapeQueryWithParameters(sql, integersBound(params));
  }
  return (params: ObjectLiteral): [string, unknown[]] =>
    source.driver.escapeQueryWithParameters(sql, params);
}

/**
 * TypeORM's SQLite drivers write a number into the SQL text (`"user_id" = 12`), so that each
 * customer's or user's id would make a new statement to prepare (and crowd the others out of
 * the cache). A whole number is bound instead, as a BigInt: SQLite takes it as the INTEGER the
 * literal was (a JavaScript number would be bound as REAL). Other numbers are left as TypeORM
 * writes them.
 */
function integersBound(params: ObjectLiteral): ObjectLiteral {
  let bound: ObjectLiteral | undefined;
  for (const key in params) {
    const value: unknown = params[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) continue;
    bound ??= { ...params };
    bound[key] = BigInt(value);
  }
  return bound ?? params;
}

/**
 * The columns a many-row insert gives values for: all but the generated key and the creation
 * and update times, which are left to the database's default (the time of the insert), as
 * TypeORM's own insert leaves them. A version the row does not give is 1, as there.
 */
export function insertedColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter(
    (column) =>
      !column.isGenerated && !column.isVirtual && !column.isCreateDate && !column.isUpdateDate,
  );
}
