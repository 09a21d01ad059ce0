import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * SMS templates for notices, class and payment reminders and group SMS (§9.4), and on each
 * outbox message the gateway template it goes out as with its values: a gateway such as
 * Aliyun sends an approved template code with parameters, not free text.
 */
export class SmsTemplates1764813000000 implements MigrationInterface {
  name = 'SmsTemplates1764813000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'sms_template',
        columns: [
          k.id(),
          k.string('kind', 24),
          k.string('name', 64),
          k.string('body', 500),
          k.bool('active', true),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('sms_template', ['name'])],
        indices: [k.index('sms_template', ['kind', 'active', 'id'])],
      }),
    );
    await runner.addColumns('sms_message', [
      new TableColumn(k.string('template', 64, { isNullable: true })),
      new TableColumn(k.text('template_params', { isNullable: true })),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('sms_message', 'template_params');
    await runner.dropColumn('sms_message', 'template');
    await runner.dropTable('sms_template');
  }
}
