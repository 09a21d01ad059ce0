import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * An INSERT of one row of an entity, its SQL built once from the entity's metadata with the
 * driver's own quoting and placeholders, each value converted by the driver as TypeORM
 * would. For the rows written on every request (audit): the query builder spends more time
 * building the statement than the database spends storing the row. Every column but the
 * generated key is written, so the row must say what every column holds (null included).
 */
export class PreparedInsert<T extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  private readonly sql: string;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
  ) {
    const metadata = dataSource.getMetadata(entity);
    const driver = dataSource.driver;
    this.columns = metadata.columns.filter((column) => !column.isGenerated && !column.isVirtual);
    const names = this.columns.map((column) => driver.escape(column.databaseName)).join(', ');
    const placeholders = this.columns.map((column, index) => driver.createParameter(column.databaseName, index)).join(', ');
    this.sql = `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES (${placeholders})`;
  }

  /** Inserts the row, in the transaction of `manager` when one is given. */
  async insert(row: T, manager?: EntityManager): Promise<void> {
    const driver = this.dataSource.driver;
    const parameters = this.columns.map((column) => {
      const value = column.getEntityValue(row);
      if (value === undefined) throw new Error(`PreparedInsert: ${column.propertyName} has no value`);
      // The driver applies the column's transformer too (JSON columns), as TypeORM's insert does.
      return driver.preparePersistentValue(value, column);
    });
    await (manager ?? this.dataSource.manager).query(this.sql, parameters);
  }
}
