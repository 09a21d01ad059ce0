import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { insertRows } from '../src/database/insert-rows';
import { SchemaKit } from '../src/database/schema-kit';

/** Coach levels, junior to most senior: the dictionary's order is the availability's rank. */
const COACH_LEVELS: [code: string, label: string][] = [
  ['junior', '初级'],
  ['intermediate', '中级'],
  ['senior', '高级'],
  ['expert', '资深'],
];

/**
 * Coaches and assistants (§5), their unavailable periods, a class's staff and groups (§9.2),
 * and the course calendar's feed secrets (§6).
 */
export class CoachesAndClassStaff1764760000000 implements MigrationInterface {
  name = 'CoachesAndClassStaff1764760000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    // 金牌 IMO (§1.2 c), marked by hand by a manager.
    await runner.addColumns('customer', [
      new TableColumn(k.datetime('gold_imo_at', { isNullable: true })),
      new TableColumn(k.int('gold_imo_by_id', { isNullable: true })),
    ]);

    await insertRows(
      runner,
      'dictionary_entry',
      COACH_LEVELS.map(([code, label], index) => ({
        type: 'coach_level',
        code,
        label,
        sort_order: (index + 1) * 10,
        version: 1,
      })),
    );

    await runner.createTable(
      new Table({
        name: 'coach',
        columns: [
          k.id(),
          k.int('customer_id', { isNullable: true }),
          k.string('name', 50, { isNullable: true }),
          k.string('mobile', 20, { isNullable: true }),
          k.string('organisation', 100, { isNullable: true }),
          k.string('level_code', 32),
          k.text('notes', { isNullable: true }),
          k.bool('active', true),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        indices: [
          k.index('coach', ['customer_id'], { unique: true, where: 'customer_id IS NOT NULL' }),
          k.index('coach', ['active', 'level_code', 'id']),
        ],
        foreignKeys: [k.foreignKey('coach', ['customer_id'], 'customer')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'coach_kind',
        columns: [
          { ...k.int('coach_id'), isPrimary: true },
          { ...k.string('kind', 20), isPrimary: true },
        ],
        indices: [k.index('coach_kind', ['kind', 'coach_id'])],
        foreignKeys: [k.foreignKey('coach_kind', ['coach_id'], 'coach', 'CASCADE')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'coach_course',
        columns: [
          { ...k.int('coach_id'), isPrimary: true },
          { ...k.int('course_id'), isPrimary: true },
        ],
        indices: [k.index('coach_course', ['course_id', 'coach_id'])],
        foreignKeys: [
          k.foreignKey('coach_course', ['coach_id'], 'coach', 'CASCADE'),
          k.foreignKey('coach_course', ['course_id'], 'course'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'coach_unavailability',
        columns: [
          k.id(),
          k.int('coach_id'),
          k.date('from_date'),
          k.date('to_date'),
          k.string('reason', 200, { isNullable: true }),
          k.int('created_by_id', { isNullable: true }),
          k.createdAt(),
        ],
        indices: [
          k.index('coach_unavailability', ['coach_id', 'from_date']),
          k.index('coach_unavailability', ['to_date', 'from_date']),
        ],
        foreignKeys: [k.foreignKey('coach_unavailability', ['coach_id'], 'coach')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'class_staff',
        columns: [
          { ...k.int('class_id'), isPrimary: true },
          { ...k.int('coach_id'), isPrimary: true },
          k.string('role', 20),
          k.date('start_date'),
          k.date('end_date'),
          k.bool('busy', true),
          k.string('forced_reason', 200, { isNullable: true }),
          k.int('forced_by_id', { isNullable: true }),
          k.createdAt(),
        ],
        indices: [
          k.index('class_staff', ['coach_id', 'start_date']),
          k.index('class_staff', ['start_date', 'end_date', 'busy', 'coach_id', 'class_id']),
        ],
        foreignKeys: [
          k.foreignKey('class_staff', ['class_id'], 'training_class'),
          k.foreignKey('class_staff', ['coach_id'], 'coach'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'class_group',
        columns: [
          k.id(),
          k.int('class_id'),
          k.string('name', 50),
          k.int('assistant_coach_id', { isNullable: true }),
          k.int('sort_order', { default: 0 }),
        ],
        indices: [k.index('class_group', ['class_id', 'sort_order'])],
        foreignKeys: [
          k.foreignKey('class_group', ['class_id'], 'training_class'),
          k.foreignKey('class_group', ['assistant_coach_id'], 'coach'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'schedule_feed_token',
        columns: [
          { ...k.int('user_id'), isPrimary: true },
          k.string('token_hash', 64),
          k.createdAt(),
        ],
        uniques: [k.unique('schedule_feed_token', ['token_hash'])],
        foreignKeys: [k.foreignKey('schedule_feed_token', ['user_id'], 'app_user', 'CASCADE')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'schedule_feed_token',
      'class_group',
      'class_staff',
      'coach_unavailability',
      'coach_course',
      'coach_kind',
      'coach',
    ])
      await runner.dropTable(table);
    await runner.query(
      `DELETE FROM ${runner.connection.driver.escape('dictionary_entry')} WHERE ${runner.connection.driver.escape('type')} = 'coach_level'`,
    );
    await runner.dropColumn('customer', 'gold_imo_by_id');
    await runner.dropColumn('customer', 'gold_imo_at');
  }
}
