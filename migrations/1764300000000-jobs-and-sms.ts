import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** Scheduled jobs (lease and run history), the SMS outbox, and who gets SMS reminders. */
export class JobsAndSms1764300000000 implements MigrationInterface {
  name = 'JobsAndSms1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.createTable(
      new Table({
        name: 'job_lock',
        columns: [
          k.id(),
          k.string('name', 64),
          k.string('holder', 128, { isNullable: true }),
          k.datetime('lease_until', { isNullable: true }),
          k.datetime('acquired_at', { isNullable: true }),
          k.createdAt(),
        ],
        uniques: [k.unique('job_lock', ['name'])],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'job_run',
        columns: [
          k.id(),
          k.string('job_name', 64),
          k.string('trigger', 16),
          k.int('triggered_by_id', { isNullable: true }),
          k.datetime('started_at'),
          k.datetime('ended_at', { isNullable: true }),
          k.string('status', 16),
          k.text('counts', { isNullable: true }),
          k.string('error', 500, { isNullable: true }),
        ],
        indices: [k.index('job_run', ['job_name', 'started_at'])],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'sms_message',
        columns: [
          k.id(),
          k.string('purpose', 32),
          k.string('recipient_kind', 16),
          k.int('user_id', { isNullable: true }),
          k.int('customer_id', { isNullable: true }),
          k.string('phone', 20),
          k.text('body'),
          k.string('dedupe_key', 128, { isNullable: true }),
          k.string('status', 16),
          k.int('attempts', { default: 0 }),
          k.string('last_error', 500, { isNullable: true }),
          k.datetime('send_after'),
          k.datetime('next_attempt_at'),
          k.datetime('sent_at', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
        ],
        indices: [
          k.index('sms_message', ['status', 'next_attempt_at']),
          k.index('sms_message', ['customer_id']),
          k.index('sms_message', ['created_at']),
          k.index('sms_message', ['dedupe_key'], { unique: true, where: 'dedupe_key IS NOT NULL' }),
        ],
      }),
    );

    await runner.addColumn('app_user', new TableColumn(k.bool('sms_reminders', false)));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('app_user', 'sms_reminders');
    for (const table of ['sms_message', 'job_run', 'job_lock']) {
      await runner.dropTable(table);
    }
  }
}
