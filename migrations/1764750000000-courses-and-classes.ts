import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { insertRows } from '../src/database/insert-rows';
import { SchemaKit } from '../src/database/schema-kit';

/** The main line (§9.1): fixed, in this order. */
const MAIN_LINE: [code: string, name: string, stage: number][] = [
  ['TR1', '一阶段 TR1', 1],
  ['TR2', '二阶段 TR2', 2],
  ['TA', '三阶段 TA', 3],
];

/** The tool courses the company runs today (§9.1); admins keep them from here on. */
const TOOL_COURSES: [code: string, name: string][] = [
  ['CP1', 'CP 一讲'],
  ['CP2', 'CP 二讲'],
  ['ENNEAGRAM1', '九型人格初级'],
  ['ENNEAGRAM2', '九型人格中级'],
  ['EP', 'EP 企业精英内训'],
  ['EXEC', '总裁班'],
];

/** Courses and classes (§9.1, §9.2): the training calendar's skeleton. */
export class CoursesAndClasses1764750000000 implements MigrationInterface {
  name = 'CoursesAndClasses1764750000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.createTable(
      new Table({
        name: 'course',
        columns: [
          k.id(),
          k.string('code', 32),
          k.string('name', 50),
          k.string('kind', 8),
          k.int('stage', { isNullable: true }),
          k.int('default_fee_fen', { default: 0 }),
          k.text('description', { isNullable: true }),
          k.bool('active', true),
          k.int('sort_order', { default: 0 }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('course', ['code'])],
      }),
    );
    await insertRows(
      runner,
      'course',
      MAIN_LINE.map(([code, name, stage]) => ({
        code,
        name,
        kind: 'main',
        stage,
        default_fee_fen: 0,
        active: 1,
        sort_order: stage * 10,
        version: 1,
      })),
    );
    await insertRows(
      runner,
      'course',
      TOOL_COURSES.map(([code, name], index) => ({
        code,
        name,
        kind: 'tool',
        default_fee_fen: 0,
        active: 1,
        sort_order: 100 + (index + 1) * 10,
        version: 1,
      })),
    );

    await runner.createTable(
      new Table({
        name: 'training_class',
        columns: [
          k.id(),
          k.int('course_id'),
          k.int('term'),
          k.date('start_date'),
          k.date('end_date'),
          k.date('first_week_date', { isNullable: true }),
          k.date('last_week_date', { isNullable: true }),
          k.string('venue', 200, { isNullable: true }),
          k.string('province_code', 12, { isNullable: true }),
          k.string('city_code', 12, { isNullable: true }),
          k.int('capacity', { isNullable: true }),
          k.text('notes', { isNullable: true }),
          k.string('status', 12, { default: "'planning'" }),
          k.int('created_by_id', { isNullable: true }),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('training_class', ['course_id', 'term'])],
        indices: [
          k.index('training_class', ['start_date', 'id']),
          k.index('training_class', ['course_id', 'start_date']),
        ],
        foreignKeys: [k.foreignKey('training_class', ['course_id'], 'course')],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('training_class');
    await runner.dropTable('course');
  }
}
