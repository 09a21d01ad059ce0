import {
  Column,
  ColumnOptions,
  CreateDateColumn,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { COLUMN_TYPES, ColumnKind, textLength } from './column-types';
import { currentDatabaseType } from './database-type';

type Options = Omit<ColumnOptions, 'type'>;

function typeOf(kind: ColumnKind): ColumnOptions['type'] {
  return COLUMN_TYPES[currentDatabaseType()][kind] as ColumnOptions['type'];
}

/**
 * Portable column decorators: entities say what a column is, these pick each database's
 * type for it. Nothing else in the code base names a database type.
 */
export const Col = {
  string: (length: number, options: Options = {}) =>
    Column({ ...options, type: typeOf('string'), length }),
  int: (options: Options = {}) => Column({ ...options, type: typeOf('int') }),
  bool: (options: Options = {}) => Column({ ...options, type: typeOf('bool') }),
  datetime: (options: Options = {}) => Column({ ...options, type: typeOf('datetime') }),
  date: (options: Options = {}) => Column({ ...options, type: typeOf('date') }),
  text: (options: Options = {}) =>
    Column({ ...options, type: typeOf('text'), length: textLength(currentDatabaseType()) }),
  /** Bytes: blob, bytea or varbinary(max); read back as a Buffer. */
  binary: (options: Options = {}) =>
    Column({ ...options, type: typeOf('binary'), length: textLength(currentDatabaseType()) }),
  /** A primary key the application chooses (e.g. a UUID), not one the database generates. */
  stringKey: (length: number) => PrimaryColumn({ type: typeOf('string'), length }),
  /** A calendar date (`YYYY-MM-DD`) as one column of a composite primary key. */
  dateKey: () => PrimaryColumn({ type: typeOf('date') }),
  /** A whole-number primary key the application chooses, or one column of a composite key. */
  intKey: () => PrimaryColumn({ type: typeOf('int') }),
  /** JSON kept as text: portable, and SQL Server has no native JSON column. */
  json: (options: Options = {}) =>
    Column({
      ...options,
      type: typeOf('text'),
      length: textLength(currentDatabaseType()),
      transformer: {
        to: (value: unknown) =>
          value === undefined || value === null ? null : JSON.stringify(value),
        from: (value: string | null) => (value === null ? null : JSON.parse(value)),
      },
    }),
  createdAt: () => CreateDateColumn({ type: typeOf('datetime') }),
  updatedAt: () => UpdateDateColumn({ type: typeOf('datetime') }),
  version: () => VersionColumn({ type: typeOf('int') }),
};
