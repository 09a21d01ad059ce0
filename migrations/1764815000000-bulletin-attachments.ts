import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** Documents of the library attached to notices of the bulletin board (§6). */
export class BulletinAttachments1764815000000 implements MigrationInterface {
  name = 'BulletinAttachments1764815000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'bulletin_attachment',
        columns: [
          { ...k.int('notice_id'), isPrimary: true },
          { ...k.int('document_id'), isPrimary: true },
          k.int('position'),
        ],
        indices: [k.index('bulletin_attachment', ['document_id'])],
        foreignKeys: [
          k.foreignKey('bulletin_attachment', ['notice_id'], 'bulletin_notice', 'CASCADE'),
          k.foreignKey('bulletin_attachment', ['document_id'], 'library_document'),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('bulletin_attachment');
  }
}
