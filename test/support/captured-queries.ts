import type { DataSource } from 'typeorm';

export interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

/**
 * The SQL the application sends to its database while a piece of test code runs, as the
 * driver receives it (placeholders and values). Every statement, built by the query builder,
 * a repository or a prepared statement, goes through the data source's logger before it
 * runs, whether logging is on or not: the capture listens there, in-process.
 */
export class CapturedQueries {
  private current: CapturedQuery[] | null = null;

  private constructor() {}

  static on(dataSource: DataSource): CapturedQueries {
    const capture = new CapturedQueries();
    const logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (sql, parameters, runner) => {
      // Positional on the server databases; only some drivers take named ones (an object).
      capture.current?.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] });
      return logQuery(sql, parameters, runner);
    };
    return capture;
  }

  /** What `work` made the application send. */
  async during(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
    const queries: CapturedQuery[] = [];
    this.current = queries;
    try {
      await work();
    } finally {
      this.current = null;
    }
    return queries;
  }
}
