import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** The bulletin board (§6): notices, the roles each is for, and read receipts. */
export class BulletinBoard1764810000000 implements MigrationInterface {
  name = 'BulletinBoard1764810000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'bulletin_notice',
        columns: [
          k.id(),
          k.string('title', 200),
          k.text('body'),
          k.string('category', 20),
          k.bool('pinned', false),
          k.datetime('visible_from'),
          k.datetime('visible_to', { isNullable: true }),
          k.bool('audience_all', true),
          k.int('author_id'),
          k.datetime('withdrawn_at', { isNullable: true }),
          k.int('withdrawn_by_id', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        indices: [k.index('bulletin_notice', ['author_id', 'id'])],
        foreignKeys: [k.foreignKey('bulletin_notice', ['author_id'], 'app_user')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'bulletin_notice_role',
        columns: [
          { ...k.int('notice_id'), isPrimary: true },
          { ...k.string('role', 16), isPrimary: true },
          k.bool('pinned', false),
          k.datetime('visible_from'),
          k.datetime('visible_to', { isNullable: true }),
        ],
        indices: [
          k.index('bulletin_notice_role', [
            'role',
            'pinned',
            'visible_from',
            'notice_id',
            'visible_to',
          ]),
        ],
        foreignKeys: [
          k.foreignKey('bulletin_notice_role', ['notice_id'], 'bulletin_notice', 'CASCADE'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'bulletin_read',
        columns: [
          { ...k.int('notice_id'), isPrimary: true },
          { ...k.int('user_id'), isPrimary: true },
          k.datetime('read_at'),
        ],
        foreignKeys: [
          k.foreignKey('bulletin_read', ['notice_id'], 'bulletin_notice', 'CASCADE'),
          k.foreignKey('bulletin_read', ['user_id'], 'app_user'),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('bulletin_read');
    await runner.dropTable('bulletin_notice_role');
    await runner.dropTable('bulletin_notice');
  }
}
