import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { insertRows } from '../src/database/insert-rows';
import { SchemaKit } from '../src/database/schema-kit';

/** The default greetings (§9.4); admins change them and add one per holiday. */
const DEFAULT_TEMPLATES: [key: string, occasion: string, body: string][] = [
  ['birthday', 'birthday', '亲爱的{name}，今天是您的生日，祝您生日快乐，身体健康，万事如意！'],
  ['anniversary', 'anniversary', '亲爱的{name}，今天是您的{occasion}，祝您幸福美满，一切顺心！'],
  [
    'holiday',
    'holiday',
    '亲爱的{name}，{occasion}快乐！感谢您一直以来的信任与支持，祝您和家人幸福安康。',
  ],
];

/** Customer care (§4.2.6, §9.4): greeting templates, holiday dates, the greetings queued. */
export class CustomerCare1764500000000 implements MigrationInterface {
  name = 'CustomerCare1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.createTable(
      new Table({
        name: 'care_template',
        columns: [
          k.id(),
          k.string('template_key', 48),
          k.string('occasion', 16),
          k.string('holiday_code', 32, { isNullable: true }),
          k.string('body', 300),
          k.bool('active', true),
          k.createdAt(),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('care_template', ['template_key'])],
      }),
    );
    await insertRows(
      runner,
      'care_template',
      DEFAULT_TEMPLATES.map(([key, occasion, body]) => ({
        template_key: key,
        occasion,
        body,
        active: 1,
        version: 1,
      })),
    );

    await runner.createTable(
      new Table({
        name: 'holiday_date',
        columns: [k.id(), k.string('holiday_code', 32), k.date('date'), k.createdAt()],
        uniques: [k.unique('holiday_date', ['holiday_code', 'date'])],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'care_message',
        columns: [
          k.id(),
          k.int('customer_id'),
          k.string('occasion', 16),
          k.string('occasion_key', 64),
          k.int('year'),
          k.date('occasion_date'),
          k.int('template_id'),
          k.string('sms_key', 128),
          k.createdAt(),
        ],
        uniques: [k.unique('care_message', ['customer_id', 'occasion_key', 'year'])],
        indices: [k.index('care_message', ['occasion_date'])],
        foreignKeys: [
          k.foreignKey('care_message', ['customer_id'], 'customer'),
          k.foreignKey('care_message', ['template_id'], 'care_template'),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('care_message');
    await runner.dropTable('holiday_date');
    await runner.dropTable('care_template');
  }
}
