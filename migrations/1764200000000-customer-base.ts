import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** The customer base: customers, their search index, status history, erasures, view quotas. */
export class CustomerBase1764200000000 implements MigrationInterface {
  name = 'CustomerBase1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.createTable(
      new Table({
        name: 'code_sequence',
        columns: [k.id(), k.string('prefix', 32), k.int('last')],
        uniques: [k.unique('code_sequence', ['prefix'])],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'customer',
        columns: [
          k.id(),
          k.string('code', 20),
          k.string('name', 50),
          k.string('gender', 8, { default: "'unknown'" }),
          k.date('birthday', { isNullable: true }),
          k.string('mobile', 20),
          k.text('other_phones', { isNullable: true }),
          k.string('wechat', 64, { isNullable: true }),
          k.string('email', 254, { isNullable: true }),
          k.string('province_code', 12, { isNullable: true }),
          k.string('city_code', 12, { isNullable: true }),
          k.string('company', 100, { isNullable: true }),
          k.string('industry', 32, { isNullable: true }),
          k.string('position', 32, { isNullable: true }),
          k.string('company_size', 32, { isNullable: true }),
          k.string('education', 32, { isNullable: true }),
          k.string('job_situation', 200, { isNullable: true }),
          k.string('category', 16, { default: "'prospect'" }),
          k.string('stage', 8, { default: "'none'" }),
          k.string('level', 32, { isNullable: true }),
          k.string('source', 32, { isNullable: true }),
          k.string('status_tag', 32, { isNullable: true }),
          k.int('owner_id', { isNullable: true }),
          k.int('introducer_id', { isNullable: true }),
          k.text('care', { isNullable: true }),
          k.text('notes', { isNullable: true }),
          k.int('created_by_id', { isNullable: true }),
          k.datetime('deleted_at', { isNullable: true }),
          k.datetime('erased_at', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('customer', ['code']), k.unique('customer', ['mobile'])],
        indices: [
          k.index('customer', ['deleted_at', 'created_at']),
          k.index('customer', ['owner_id', 'created_at']),
          k.index('customer', ['introducer_id']),
        ],
        foreignKeys: [
          k.foreignKey('customer', ['owner_id'], 'app_user'),
          k.foreignKey('customer', ['introducer_id'], 'customer'),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'customer_search_term',
        columns: [k.id(), k.int('customer_id'), k.string('term', 64)],
        indices: [
          k.index('customer_search_term', ['term', 'customer_id']),
          k.index('customer_search_term', ['customer_id']),
        ],
        foreignKeys: [k.foreignKey('customer_search_term', ['customer_id'], 'customer', 'CASCADE')],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'customer_status_change',
        columns: [
          k.id(),
          k.int('customer_id'),
          k.string('field', 16),
          k.string('from_value', 64, { isNullable: true }),
          k.string('to_value', 64, { isNullable: true }),
          k.int('changed_by_id', { isNullable: true }),
          k.datetime('changed_at'),
        ],
        indices: [k.index('customer_status_change', ['customer_id', 'changed_at'])],
        foreignKeys: [
          k.foreignKey('customer_status_change', ['customer_id'], 'customer', 'CASCADE'),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'customer_erasure',
        columns: [
          k.id(),
          k.int('customer_id'),
          k.int('erased_by_id'),
          k.string('reason', 500),
          k.datetime('erased_at'),
        ],
        uniques: [k.unique('customer_erasure', ['customer_id'])],
        foreignKeys: [k.foreignKey('customer_erasure', ['customer_id'], 'customer')],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'view_quota_usage',
        columns: [k.id(), k.int('user_id'), k.string('day', 10), k.int('count')],
        uniques: [k.unique('view_quota_usage', ['user_id', 'day'])],
        foreignKeys: [k.foreignKey('view_quota_usage', ['user_id'], 'app_user', 'CASCADE')],
      }),
    );

    await runner.addColumn(
      'app_user',
      new TableColumn(k.int('daily_view_quota', { isNullable: true })),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('app_user', 'daily_view_quota');
    for (const table of [
      'view_quota_usage',
      'customer_erasure',
      'customer_status_change',
      'customer_search_term',
      'customer',
      'code_sequence',
    ]) {
      await runner.dropTable(table);
    }
  }
}
