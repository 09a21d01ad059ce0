import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** Report files rendered and kept (nightly, by schedule, on request), and the schedules. */
export class GeneratedReports1764780000000 implements MigrationInterface {
  name = 'GeneratedReports1764780000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'generated_report',
        columns: [
          k.id(),
          k.string('report_key', 48),
          k.string('parameters', 400),
          k.string('fingerprint', 64),
          k.string('format', 8),
          k.string('file_id', 36),
          k.string('name', 200),
          k.int('size'),
          k.string('sha256', 64),
          k.int('requested_by_id', { isNullable: true }),
          k.string('trigger', 16),
          k.int('schedule_id', { isNullable: true }),
          k.datetime('retain_until'),
          k.createdAt(),
        ],
        uniques: [
          k.unique('generated_report', ['report_key', 'parameters', 'fingerprint', 'format']),
        ],
        indices: [
          k.index('generated_report', ['created_at', 'id']),
          k.index('generated_report', ['report_key', 'created_at']),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'report_schedule',
        columns: [
          k.id(),
          k.string('report_key', 48),
          k.string('parameters', 400),
          k.string('cron', 64),
          k.bool('enabled', true),
          k.int('created_by_id'),
          k.datetime('last_run_at', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('report_schedule');
    await runner.dropTable('generated_report');
  }
}
