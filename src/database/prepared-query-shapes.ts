import type { DataSource, ObjectLiteral } from 'typeorm';
import { PreparedStatement } from './prepared-statement';
import { StatementCache } from './statement-cache';

/**
 * A hot SELECT whose text depends on the request (which filters apply, the order, the page):
 * one PreparedStatement per data source and shape, so requests of the same shape only bring
 * their values. The shape must name everything `build` reads from the input that changes
 * the SQL; values go in as parameters. Bounded: past `limit` shapes the oldest is forgotten.
 */
export class PreparedQueryShapes<Input, Row, Params extends ObjectLiteral = ObjectLiteral> {
  private readonly built = new WeakMap<
    DataSource,
    StatementCache<PreparedStatement<Params, Row>>
  >();

  constructor(
    private readonly shapeOf: (input: Input) => string,
    private readonly build: (
      source: DataSource,
      input: Input,
    ) => Parameters<typeof PreparedStatement.select>[0],
    private readonly limit = 256,
    private readonly prepare: (
      query: Parameters<typeof PreparedStatement.select>[0],
    ) => PreparedStatement<Params, Row> = (query) => PreparedStatement.select<Row, Params>(query),
  ) {}

  /** Shapes of a count: `one()` answers how many rows the built SELECT finds. */
  static count<Input, Params extends ObjectLiteral = ObjectLiteral>(
    shapeOf: (input: Input) => string,
    build: (source: DataSource, input: Input) => Parameters<typeof PreparedStatement.select>[0],
    limit = 256,
  ): PreparedQueryShapes<Input, number, Params> {
    return new PreparedQueryShapes<Input, number, Params>(shapeOf, build, limit, (query) =>
      PreparedStatement.count<Params>(query),
    );
  }

  /** Shapes of a SELECT of sums and counts (PreparedStatement.figures), read by alias. */
  static figures<Input, Name extends string, Params extends ObjectLiteral = ObjectLiteral>(
    shapeOf: (input: Input) => string,
    build: (source: DataSource, input: Input) => Parameters<typeof PreparedStatement.select>[0],
    names: readonly Name[],
    limit = 256,
  ): PreparedQueryShapes<Input, Record<Name, number>, Params> {
    return new PreparedQueryShapes<Input, Record<Name, number>, Params>(
      shapeOf,
      build,
      limit,
      (query) => PreparedStatement.figures<Name, Params>(query, names),
    );
  }

  /**
   * The statement of this input's shape on this data source, built now if it was not yet
   * (so a build that refuses the input, e.g. an unknown sort, throws here).
   */
  on(source: DataSource, input: Input): PreparedStatement<Params, Row> {
    let shapes = this.built.get(source);
    if (!shapes) {
      shapes = new StatementCache(this.limit);
      this.built.set(source, shapes);
    }
    return shapes.get(this.shapeOf(input), () => this.prepare(this.build(source, input)));
  }
}
