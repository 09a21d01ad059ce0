import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** The file store: each file's metadata, and the chunks of those kept in the database. */
export class Files1764700000000 implements MigrationInterface {
  name = 'Files1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'stored_file',
        columns: [
          k.stringKey('id', 36),
          k.string('kind', 64),
          k.int('owner_id', { isNullable: true }),
          k.string('name', 255),
          k.int('size'),
          k.string('content_type', 127),
          k.string('sha256', 64),
          k.string('storage', 16),
          k.string('status', 16),
          k.datetime('created_at'),
          k.datetime('retain_until', { isNullable: true }),
        ],
        indices: [
          k.index('stored_file', ['retain_until']),
          k.index('stored_file', ['owner_id', 'kind']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'stored_file_chunk',
        columns: [k.id(), k.string('file_id', 36), k.int('seq'), k.binary('data')],
        uniques: [k.unique('stored_file_chunk', ['file_id', 'seq'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('stored_file_chunk');
    await runner.dropTable('stored_file');
  }
}
