import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * The script library (常用术语集, §7): scripts, every version of them, readers' "read" marks
 * and the search terms of the live scripts.
 */
export class ScriptLibrary1764811000000 implements MigrationInterface {
  name = 'ScriptLibrary1764811000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'script',
        columns: [
          k.id(),
          k.int('course_id', { isNullable: true }),
          k.string('situation', 24),
          k.string('title', 100),
          k.text('body'),
          k.text('tags'),
          k.bool('for_new_staff', false),
          k.int('reading_order', { default: 0 }),
          k.int('revision'),
          k.int('created_by_id'),
          k.int('updated_by_id'),
          k.datetime('deleted_at', { isNullable: true }),
          k.int('deleted_by_id', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        indices: [
          k.index('script', ['updated_at', 'id']),
          k.index('script', ['course_id', 'for_new_staff', 'reading_order', 'id']),
          k.index('script', ['for_new_staff', 'reading_order', 'id'], {
            where: 'course_id IS NULL',
          }),
        ],
        foreignKeys: [k.foreignKey('script', ['course_id'], 'course')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'script_version',
        columns: [
          k.id(),
          k.int('script_id'),
          k.int('revision'),
          k.int('course_id', { isNullable: true }),
          k.string('situation', 24),
          k.string('title', 100),
          k.text('body'),
          k.text('tags'),
          k.bool('for_new_staff', false),
          k.int('reading_order', { default: 0 }),
          k.text('changes'),
          k.int('changed_by_id'),
          k.createdAt('changed_at'),
        ],
        uniques: [k.unique('script_version', ['script_id', 'revision'])],
        indices: [k.index('script_version', ['script_id', 'revision', 'id'])],
        foreignKeys: [k.foreignKey('script_version', ['script_id'], 'script')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'script_read',
        columns: [
          { ...k.int('user_id'), isPrimary: true },
          { ...k.int('script_id'), isPrimary: true },
          k.int('revision'),
          k.datetime('read_at'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'script_search_term',
        columns: [k.stringKey('term', 64), { ...k.int('script_id'), isPrimary: true }],
        indices: [k.index('script_search_term', ['script_id'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['script_search_term', 'script_read', 'script_version', 'script'])
      await runner.dropTable(table);
  }
}
