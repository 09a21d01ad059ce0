import { QueryRunner, TableColumnOptions, TableForeignKey, TableIndex, TableUnique } from 'typeorm';
import type { DatabaseType } from '../config/app-config';
import { COLUMN_TYPES, ColumnKind, textLength } from './column-types';
import { databaseTypeOfDriver } from './database-type';

type Extra = Partial<Pick<TableColumnOptions, 'isNullable' | 'default' | 'isUnique'>>;

/**
 * Builders for dialect-neutral migrations: column types come from the same table as the
 * entities' and constraint names from the naming strategy, so the drift test finds nothing.
 */
export class SchemaKit {
  readonly db: DatabaseType;

  constructor(private readonly runner: QueryRunner) {
    this.db = databaseTypeOfDriver(runner.connection.driver.options.type);
  }

  private column(name: string, kind: ColumnKind, extra: Extra & { length?: string } = {}) {
    return {
      name,
      type: COLUMN_TYPES[this.db][kind],
      isNullable: false,
      ...extra,
    } as TableColumnOptions;
  }

  id(): TableColumnOptions {
    return {
      name: 'id',
      type: COLUMN_TYPES[this.db].int,
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    };
  }

  string(name: string, length: number, extra: Extra = {}) {
    return this.column(name, 'string', { ...extra, length: String(length) });
  }

  int(name: string, extra: Extra = {}) {
    return this.column(name, 'int', extra);
  }

  bool(name: string, defaultValue: boolean) {
    return this.column(name, 'bool', { default: this.booleanLiteral(defaultValue) });
  }

  datetime(name: string, extra: Extra = {}) {
    return this.column(name, 'datetime', extra);
  }

  date(name: string, extra: Extra = {}) {
    return this.column(name, 'date', extra);
  }

  text(name: string, extra: Extra = {}) {
    return this.column(name, 'text', { ...extra, length: textLength(this.db) });
  }

  /** Bytes: blob, bytea or varbinary(max), as Col.binary. */
  binary(name: string, extra: Extra = {}) {
    return this.column(name, 'binary', { ...extra, length: textLength(this.db) });
  }

  /** A primary key the application chooses, as Col.stringKey. */
  stringKey(name: string, length: number): TableColumnOptions {
    return { ...this.string(name, length), isPrimary: true };
  }

  createdAt(name = 'created_at') {
    return this.column(name, 'datetime', { default: this.now() });
  }

  updatedAt(name = 'updated_at') {
    return this.column(name, 'datetime', { default: this.now() });
  }

  version() {
    return this.column('version', 'int');
  }

  unique(table: string, columns: string[]): TableUnique {
    const name = this.runner.connection.namingStrategy.uniqueConstraintName(table, columns);
    return new TableUnique({ name, columnNames: columns });
  }

  /**
   * An index named as TypeORM names the entity's `@Index` (from the table and the sorted
   * columns), unless `name` is given: two indexes over the same columns in another order
   * need one, as the entity's `@Index(name, …)` does.
   */
  index(
    table: string,
    columns: string[],
    options: { unique?: boolean; where?: string; name?: string } = {},
  ) {
    const name =
      options.name ??
      this.runner.connection.namingStrategy.indexName(table, columns, options.where);
    return new TableIndex({
      name,
      columnNames: columns,
      isUnique: options.unique ?? false,
      where: options.where,
    });
  }

  foreignKey(
    table: string,
    columns: string[],
    referencedTable: string,
    onDelete: 'CASCADE' | 'NO ACTION' | 'SET NULL' = 'NO ACTION',
  ) {
    const name = this.runner.connection.namingStrategy.foreignKeyName(
      table,
      columns,
      referencedTable,
      ['id'],
    );
    return new TableForeignKey({
      name,
      columnNames: columns,
      referencedTableName: referencedTable,
      referencedColumnNames: ['id'],
      onDelete,
    });
  }

  private booleanLiteral(value: boolean): string {
    if (this.db === 'postgres') return value ? 'true' : 'false';
    return value ? '1' : '0';
  }

  private now(): string {
    return { sqlite: "datetime('now')", postgres: 'now()', mssql: 'getdate()' }[this.db];
  }
}
