import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * Enrolment (§4.2.2) and its money (§4.2.3): a customer's place in a class, the receivable
 * it owes, and the append-only ledger of its fee, discounts, payments and reversals.
 */
export class EnrolmentAndMoney1764770000000 implements MigrationInterface {
  name = 'EnrolmentAndMoney1764770000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.addColumn(
      'training_class',
      new TableColumn(k.int('enrolled_count', { default: 0 })),
    );
    await runner.createTable(
      new Table({
        name: 'enrolment',
        columns: [
          k.id(),
          k.int('class_id'),
          k.int('customer_id'),
          k.string('status', 16, { default: "'enrolled'" }),
          k.int('fee_fen'),
          k.int('discount_fen', { default: 0 }),
          k.string('discount_reason', 200, { isNullable: true }),
          k.int('introducer_id', { isNullable: true }),
          k.int('enrolled_by_id'),
          k.int('filled_in_by_customer_id', { isNullable: true }),
          k.int('filled_in_by_user_id', { isNullable: true }),
          k.string('override_reason', 200, { isNullable: true }),
          k.datetime('enrolled_at'),
          k.int('group_id', { isNullable: true }),
          k.int('assistant_coach_id', { isNullable: true }),
          k.int('coach_id', { isNullable: true }),
          k.int('forward_assistant_id', { isNullable: true }),
          k.int('interview_coach_id', { isNullable: true }),
          k.int('referral_commitment', { isNullable: true }),
          k.text('notes', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('enrolment', ['class_id', 'customer_id'])],
        indices: [
          k.index('enrolment', ['customer_id', 'class_id']),
          k.index('enrolment', ['enrolled_by_id', 'id']),
        ],
        foreignKeys: [
          k.foreignKey('enrolment', ['class_id'], 'training_class'),
          k.foreignKey('enrolment', ['customer_id'], 'customer'),
          k.foreignKey('enrolment', ['group_id'], 'class_group', 'SET NULL'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'enrolment_event',
        columns: [
          k.id(),
          k.int('enrolment_id'),
          k.string('kind', 16),
          k.int('class_id'),
          k.int('from_class_id', { isNullable: true }),
          k.date('on_date', { isNullable: true }),
          k.string('reason_code', 32, { isNullable: true }),
          k.string('notes', 500, { isNullable: true }),
          k.int('by_id', { isNullable: true }),
          k.createdAt(),
        ],
        indices: [k.index('enrolment_event', ['enrolment_id', 'id'])],
        foreignKeys: [k.foreignKey('enrolment_event', ['enrolment_id'], 'enrolment')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'attendance',
        columns: [
          { ...k.int('enrolment_id'), isPrimary: true },
          { ...k.date('day'), isPrimary: true },
          k.int('class_id'),
          k.string('status', 8),
          k.int('marked_by_id', { isNullable: true }),
          k.datetime('marked_at'),
        ],
        indices: [k.index('attendance', ['class_id', 'day'])],
        foreignKeys: [k.foreignKey('attendance', ['enrolment_id'], 'enrolment')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'receivable',
        columns: [
          k.id(),
          k.int('enrolment_id'),
          k.int('class_id'),
          k.int('course_id'),
          k.int('customer_id'),
          k.int('coordinator_id'),
          k.int('due_fen'),
          k.int('paid_fen', { default: 0 }),
          k.int('refunded_fen', { default: 0 }),
          k.string('status', 16, { default: "'open'" }),
          k.date('next_due_date', { isNullable: true }),
          k.datetime('paid_in_full_at', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('receivable', ['enrolment_id'])],
        indices: [
          k.index('receivable', ['class_id', 'id']),
          k.index('receivable', ['customer_id', 'id']),
          k.index('receivable', ['coordinator_id', 'id']),
          k.index('receivable', ['status', 'id']),
          k.index('receivable', ['next_due_date', 'id']),
          k.index(
            'receivable',
            ['next_due_date', 'status', 'due_fen', 'paid_fen', 'refunded_fen', 'id'],
            { name: 'idx_receivable_overdue_sums' },
          ),
        ],
        foreignKeys: [k.foreignKey('receivable', ['enrolment_id'], 'enrolment')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'instalment',
        columns: [
          k.id(),
          k.int('receivable_id'),
          k.int('seq'),
          k.date('due_date'),
          k.int('amount_fen'),
          k.int('cumulative_fen'),
          k.datetime('reminded_at', { isNullable: true }),
          k.createdAt(),
        ],
        uniques: [k.unique('instalment', ['receivable_id', 'seq'])],
        indices: [k.index('instalment', ['due_date', 'reminded_at'])],
        foreignKeys: [k.foreignKey('instalment', ['receivable_id'], 'receivable')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'ledger_entry',
        columns: [
          k.id(),
          k.int('receivable_id'),
          k.string('kind', 12),
          k.int('amount_fen'),
          k.string('method_code', 32, { isNullable: true }),
          k.datetime('paid_at', { isNullable: true }),
          k.string('receipt_code', 20, { isNullable: true }),
          k.int('reverses_id', { isNullable: true }),
          k.string('note', 200, { isNullable: true }),
          k.int('recorded_by_id', { isNullable: true }),
          k.createdAt(),
        ],
        indices: [
          k.index('ledger_entry', ['receivable_id', 'id']),
          k.index('ledger_entry', ['paid_at', 'id']),
          k.index('ledger_entry', ['reverses_id'], {
            unique: true,
            where: 'reverses_id IS NOT NULL',
          }),
          k.index('ledger_entry', ['receipt_code'], {
            unique: true,
            where: 'receipt_code IS NOT NULL',
          }),
        ],
        foreignKeys: [
          k.foreignKey('ledger_entry', ['receivable_id'], 'receivable'),
          k.foreignKey('ledger_entry', ['reverses_id'], 'ledger_entry'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'refund_request',
        columns: [
          k.id(),
          k.int('receivable_id'),
          k.int('amount_fen'),
          k.string('reason', 500),
          k.string('document_file_id', 36),
          k.string('status', 12, { default: "'pending'" }),
          k.int('requested_by_id'),
          k.datetime('requested_at'),
          k.int('decided_by_id', { isNullable: true }),
          k.datetime('decided_at', { isNullable: true }),
          k.string('decision_note', 200, { isNullable: true }),
          k.int('refund_entry_id', { isNullable: true }),
          k.createdAt(),
          k.version(),
        ],
        indices: [
          k.index('refund_request', ['receivable_id'], {
            unique: true,
            where: "status = 'pending'",
          }),
          k.index('refund_request', ['status', 'id']),
          k.index('refund_request', ['requested_by_id', 'id']),
        ],
        foreignKeys: [
          k.foreignKey('refund_request', ['receivable_id'], 'receivable'),
          k.foreignKey('refund_request', ['refund_entry_id'], 'ledger_entry'),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'refund_request',
      'instalment',
      'ledger_entry',
      'receivable',
      'attendance',
      'enrolment_event',
      'enrolment',
    ])
      await runner.dropTable(table);
    await runner.dropColumn('training_class', 'enrolled_count');
  }
}
