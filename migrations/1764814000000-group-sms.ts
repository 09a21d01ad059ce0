import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * Group SMS (issue 15 point 5): the campaigns, the outbox's link to them (their progress and
 * cancel, and the quiet hours that hold marketing back), and the customers' marketing opt-out.
 */
export class GroupSms1764814000000 implements MigrationInterface {
  name = 'GroupSms1764814000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'sms_campaign',
        columns: [
          k.id(),
          k.string('name', 100),
          k.int('template_id'),
          k.string('template_kind', 24),
          k.text('body'),
          k.text('template_values', { isNullable: true }),
          k.string('audience', 16),
          k.text('filter', { isNullable: true }),
          k.string('phone_digits', 8, { isNullable: true }),
          k.int('class_id', { isNullable: true }),
          k.string('status', 24),
          k.int('recipient_count', { default: 0 }),
          k.int('last_customer_id', { default: 0 }),
          k.int('queued_count', { default: 0 }),
          k.int('skipped_no_mobile', { default: 0 }),
          k.int('skipped_opted_out', { default: 0 }),
          k.int('skipped_erased', { default: 0 }),
          k.int('skipped_already_sent', { default: 0 }),
          k.int('created_by_id'),
          k.int('decided_by_id', { isNullable: true }),
          k.datetime('decided_at', { isNullable: true }),
          k.string('reject_reason', 200, { isNullable: true }),
          k.int('started_by_id', { isNullable: true }),
          k.datetime('started_at', { isNullable: true }),
          k.datetime('queued_at', { isNullable: true }),
          k.datetime('done_at', { isNullable: true }),
          k.int('cancelled_by_id', { isNullable: true }),
          k.datetime('cancelled_at', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        indices: [
          k.index('sms_campaign', ['created_at', 'id']),
          k.index('sms_campaign', ['created_by_id', 'created_at']),
          k.index('sms_campaign', ['status', 'id']),
        ],
      }),
    );
    await runner.addColumn(
      'sms_message',
      new TableColumn(k.int('campaign_id', { isNullable: true })),
    );
    await runner.createIndex('sms_message', k.index('sms_message', ['campaign_id', 'status']));
    await runner.addColumn('customer', new TableColumn(k.bool('marketing_opt_out', false)));
  }

  async down(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.dropColumn('customer', 'marketing_opt_out');
    await runner.dropIndex('sms_message', k.index('sms_message', ['campaign_id', 'status']));
    await runner.dropColumn('sms_message', 'campaign_id');
    await runner.dropTable('sms_campaign');
  }
}
