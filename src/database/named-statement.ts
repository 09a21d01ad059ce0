import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';

/**
 * A statement whose SQL the query builder wrote once, with named parameters (`:userId`), run
 * many times with new values. The driver turns names into its own placeholders and converts
 * the values, as the query builder does; only the building is saved, which on the statements
 * every request runs costs more than the database's work.
 */
export class NamedStatement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
  ) {}

  /** Runs it; returns the number of rows it changed (UPDATE, DELETE). */
  async execute(parameters: ObjectLiteral, manager?: EntityManager): Promise<number> {
    return (await this.run(parameters, manager)).affected ?? 0;
  }

  /** Runs a SELECT; returns its raw rows, keyed as getRawMany keys them. */
  async rows(parameters: ObjectLiteral, manager?: EntityManager): Promise<Record<string, unknown>[]> {
    return (await this.run(parameters, manager)).records as Record<string, unknown>[];
  }

  private async run(parameters: ObjectLiteral, manager?: EntityManager) {
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(this.sql, parameters);
    const runner = manager?.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      return await runner.query(sql, values, true);
    } finally {
      if (!manager?.queryRunner) await runner.release();
    }
  }
}
