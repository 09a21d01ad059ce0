import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** Requests made under an Idempotency-Key and their answers, replayed to retries. */
export class IdempotencyRecords1764690000000 implements MigrationInterface {
  name = 'IdempotencyRecords1764690000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createTable(
      new Table({
        name: 'idempotency_record',
        columns: [
          k.id(),
          k.int('user_id'),
          k.string('idempotency_key', 255),
          k.string('fingerprint', 64),
          k.int('status_code', { isNullable: true }),
          k.text('response_body', { isNullable: true }),
          k.datetime('created_at'),
        ],
        uniques: [k.unique('idempotency_record', ['user_id', 'idempotency_key'])],
        indices: [k.index('idempotency_record', ['created_at'])],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('idempotency_record');
  }
}
