import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { PreparedStatement } from './prepared-statement';

/** The query builders a statement is written with, as PreparedStatement takes them. */
type SelectQuery = Parameters<typeof PreparedStatement.select>[0];
type WriteQuery = Parameters<typeof PreparedStatement.write>[0];

/**
 * The one way to hold a hot statement (the reads and writes every request makes): declared
 * once as a constant in a `*.query.ts` file, built the first time it runs on a data source
 * (with that driver's quoting and placeholders), then only bound to new values by name and
 * run. SELECT rows come back as typed objects (PreparedStatement), so business services
 * never see raw rows or statement caches:
 *
 *   export const REQUEST_SESSION = PreparedQuery.select<AuthSession, { sessionId: number }>(
 *     (source) => source.getRepository(AuthSession).createQueryBuilder('s')…select([...]));
 *   const session = await REQUEST_SESSION.one(this.sessions.manager, { sessionId });
 *
 * Pass the transaction's EntityManager to run inside it. A statement whose text depends on
 * the request (which filters, which order) is a PreparedQueryShapes.
 *
 * The SQL for another database can be had without connecting: `REQUEST_SESSION.on(source)
 * .bind(params)` answers `[sql, values]` as that driver would receive them, for a DataSource
 * of that type that was never initialized, only given its metadata (`buildMetadatas()`,
 * protected in TypeORM; the entity files must be loaded with DB_TYPE set to that type, as
 * their column types follow it).
 */
export class PreparedQuery<Params extends ObjectLiteral, Row = never> {
  private readonly built = new WeakMap<DataSource, PreparedStatement<Params, Row>>();

  private constructor(
    private readonly build: (source: DataSource) => PreparedStatement<Params, Row>,
  ) {}

  static select<Row, Params extends ObjectLiteral = ObjectLiteral>(
    build: (source: DataSource) => SelectQuery,
  ): PreparedQuery<Params, Row> {
    return new PreparedQuery((source) => PreparedStatement.select<Row, Params>(build(source)));
  }

  /** How many rows a SELECT finds (PreparedStatement.count): `one()` answers the number. */
  static count<Params extends ObjectLiteral = ObjectLiteral>(
    build: (source: DataSource) => SelectQuery,
  ): PreparedQuery<Params, number> {
    return new PreparedQuery((source) => PreparedStatement.count<Params>(build(source)));
  }

  static write<Params extends ObjectLiteral = ObjectLiteral>(
    build: (source: DataSource) => WriteQuery,
  ): PreparedQuery<Params> {
    return new PreparedQuery((source) => PreparedStatement.write<Params>(build(source)));
  }

  /** An INSERT of one whole row of the entity (PreparedStatement.insert). */
  static insert<T extends ObjectLiteral>(entity: EntityTarget<T>): PreparedQuery<T> {
    return new PreparedQuery((source) => PreparedStatement.insert(source, entity));
  }

  /** The statement as built for this data source's driver (built now if it was not yet). */
  on(source: DataSource): PreparedStatement<Params, Row> {
    let statement = this.built.get(source);
    if (!statement) {
      statement = this.build(source);
      this.built.set(source, statement);
    }
    return statement;
  }

  rows(on: EntityManager, params: Params): Promise<Row[]> {
    return this.on(on.connection).rows(on, params);
  }

  one(on: EntityManager, params: Params): Promise<Row | null> {
    return this.on(on.connection).one(on, params);
  }

  run(on: EntityManager, params: Params): Promise<number> {
    return this.on(on.connection).run(on, params);
  }
}
