import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** The document library (§1.2 l): folders, documents and their versions (files in the store). */
export class DocumentLibrary1764812000000 implements MigrationInterface {
  name = 'DocumentLibrary1764812000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'document_folder',
        columns: [
          k.id(),
          k.int('parent_id', { isNullable: true }),
          k.string('name', 100),
          k.int('depth'),
          k.int('created_by_id'),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        indices: [
          k.index('document_folder', ['parent_id', 'name', 'id']),
          k.index('document_folder', ['name', 'id'], { where: 'parent_id IS NULL' }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'library_document',
        columns: [
          k.id(),
          k.int('folder_id', { isNullable: true }),
          k.string('title', 200),
          k.string('description', 2000, { isNullable: true }),
          k.string('tags', 420),
          k.string('visible_roles', 64, { isNullable: true }),
          k.int('current_version_id'),
          k.int('version_count'),
          k.int('created_by_id'),
          k.createdAt(),
          k.updatedAt(),
          k.datetime('deleted_at', { isNullable: true }),
          k.int('deleted_by_id', { isNullable: true }),
          k.version(),
        ],
        indices: [
          k.index('library_document', ['folder_id', 'id']),
          k.index('library_document', ['deleted_at', 'id']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'document_version',
        columns: [
          k.id(),
          k.int('document_id'),
          k.int('number'),
          k.string('file_id', 36),
          k.string('file_name', 255),
          k.int('size'),
          k.string('content_type', 100),
          k.string('sha256', 64),
          k.string('note', 500, { isNullable: true }),
          k.int('uploaded_by_id'),
          k.createdAt(),
        ],
        indices: [
          k.index('document_version', ['document_id', 'number'], { unique: true }),
          k.index('document_version', ['document_id', 'number', 'id']),
          k.index('document_version', ['file_id'], { unique: true }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('document_version');
    await runner.dropTable('library_document');
    await runner.dropTable('document_folder');
  }
}
