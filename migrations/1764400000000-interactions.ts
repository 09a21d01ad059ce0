import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { insertRows } from '../src/database/insert-rows';
import { SchemaKit } from '../src/database/schema-kit';

const BUILT_IN_TYPES: [code: string, name: string, resultRequired: number, leadMinutes: number][] =
  [
    ['follow_up', '跟进', 1, 30],
    ['enrolment', '报名', 0, 60],
    ['pre_class_talk', '课前沟通', 1, 60],
    ['class_record', '上课记录', 0, 60],
    ['payment', '缴费', 0, 60],
    ['care', '关怀', 0, 60],
  ];

/** Interactions (§4): types, plans, contact records, follow-up cycles, last contact per customer. */
export class Interactions1764400000000 implements MigrationInterface {
  name = 'Interactions1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.createTable(
      new Table({
        name: 'interaction_type',
        columns: [
          k.id(),
          k.string('code', 32),
          k.string('name', 50),
          k.bool('built_in', false),
          k.bool('result_required', false),
          k.int('reminder_lead_minutes', { default: 60 }),
          k.bool('active', true),
          k.int('sort_order', { default: 0 }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('interaction_type', ['code'])],
      }),
    );
    await insertRows(
      runner,
      'interaction_type',
      BUILT_IN_TYPES.map(([code, name, resultRequired, leadMinutes], index) => ({
        code,
        name,
        built_in: 1,
        result_required: resultRequired,
        reminder_lead_minutes: leadMinutes,
        active: 1,
        sort_order: (index + 1) * 10,
        version: 1,
      })),
    );

    await runner.createTable(
      new Table({
        name: 'interaction_plan',
        columns: [
          k.id(),
          k.int('customer_id'),
          k.int('type_id'),
          k.text('content'),
          k.datetime('due_at'),
          k.int('owner_id'),
          k.int('assignee_id'),
          k.bool('remind_by_sms', false),
          k.string('status', 12, { default: "'open'" }),
          k.string('origin', 12, { default: "'manual'" }),
          k.datetime('delegated_at', { isNullable: true }),
          k.string('delegation_note', 500, { isNullable: true }),
          k.datetime('reminded_at', { isNullable: true }),
          k.datetime('completed_at', { isNullable: true }),
          k.int('completed_by_id', { isNullable: true }),
          k.int('record_id', { isNullable: true }),
          k.datetime('cancelled_at', { isNullable: true }),
          k.string('cancel_reason', 200, { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        indices: [
          k.index('interaction_plan', ['assignee_id', 'status', 'due_at']),
          k.index('interaction_plan', ['owner_id', 'status', 'due_at']),
          k.index('interaction_plan', ['customer_id', 'status', 'due_at']),
          k.index('interaction_plan', ['status', 'due_at']),
        ],
        foreignKeys: [
          k.foreignKey('interaction_plan', ['customer_id'], 'customer'),
          k.foreignKey('interaction_plan', ['type_id'], 'interaction_type'),
          k.foreignKey('interaction_plan', ['owner_id'], 'app_user'),
          k.foreignKey('interaction_plan', ['assignee_id'], 'app_user'),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'interaction',
        columns: [
          k.id(),
          k.string('code', 20),
          k.int('customer_id'),
          k.int('type_id'),
          k.string('channel', 32),
          k.datetime('occurred_at'),
          k.text('content'),
          k.text('outcome', { isNullable: true }),
          k.int('staff_id'),
          k.int('plan_id', { isNullable: true }),
          k.string('status_tag', 32, { isNullable: true }),
          k.int('created_by_id', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('interaction', ['code'])],
        indices: [
          k.index('interaction', ['customer_id', 'occurred_at']),
          k.index('interaction', ['staff_id', 'occurred_at']),
          k.index('interaction', ['occurred_at']),
        ],
        foreignKeys: [
          k.foreignKey('interaction', ['customer_id'], 'customer'),
          k.foreignKey('interaction', ['type_id'], 'interaction_type'),
          k.foreignKey('interaction', ['staff_id'], 'app_user'),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'follow_up_cycle',
        columns: [
          k.id(),
          k.string('basis', 12),
          k.string('code', 32),
          k.int('interval_days'),
          k.updatedAt(),
        ],
        uniques: [k.unique('follow_up_cycle', ['basis', 'code'])],
      }),
    );
    await insertRows(runner, 'follow_up_cycle', [
      { basis: 'level', code: 'A', interval_days: 5 },
      { basis: 'level', code: 'B', interval_days: 10 },
      { basis: 'level', code: 'C', interval_days: 30 },
    ]);

    await runner.addColumn(
      'customer',
      new TableColumn(k.datetime('last_contact_at', { isNullable: true })),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('customer', 'last_contact_at');
    await runner.dropTable('follow_up_cycle');
    await runner.dropTable('interaction');
    await runner.dropTable('interaction_plan');
    await runner.dropTable('interaction_type');
  }
}
