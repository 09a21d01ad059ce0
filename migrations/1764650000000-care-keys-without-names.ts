import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** Rows read per query: the tables may be large, memory stays flat. */
const BATCH = 500;
const NEW_ANNIVERSARY_KEY = /^care:\d+:anniversary:\d{2}-\d{2}:\d{4}$/;

/**
 * Keys without personal data: a care greeting's key named the anniversary
 * (`care:42:anniversary:与李明结婚纪念日:2026`), and the SMS outbox kept that key after the
 * customer's erasure. The key becomes the day it falls on (`care:42:anniversary:06-01:2026`);
 * the name moves to a column of the greeting's row, which an erasure deletes. Two old
 * greetings that now share a key keep one row (the first); the other's outbox message keeps
 * no key. Outbox keys with a name and no greeting left (the customer was erased) are dropped.
 */
export class CareKeysWithoutNames1764650000000 implements MigrationInterface {
  name = 'CareKeysWithoutNames1764650000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.addColumn(
      'care_message',
      new TableColumn(k.string('anniversary_name', 64, { isNullable: true })),
    );
    const sql = new Statements(runner);

    let afterId = 0;
    for (;;) {
      const rows = await sql.select<CareRow>(
        'care_message',
        ['id', 'customer_id', 'occasion_key', 'year', 'occasion_date', 'sms_key'],
        'occasion_key',
        'anniversary:%',
        afterId,
      );
      for (const row of rows) {
        const occasionKey = `anniversary:${monthDay(row.occasion_date)}`;
        if (row.occasion_key === occasionKey) continue;
        const smsKey = `care:${row.customer_id}:${occasionKey}:${row.year}`;
        const taken = await sql.exists('care_message', {
          customer_id: row.customer_id,
          occasion_key: occasionKey,
          year: row.year,
        });
        if (taken) {
          await sql.update('sms_message', { dedupe_key: null }, { dedupe_key: row.sms_key });
          await sql.delete('care_message', { id: row.id });
          continue;
        }
        const smsKeyTaken = await sql.exists('sms_message', { dedupe_key: smsKey });
        await sql.update(
          'sms_message',
          { dedupe_key: smsKeyTaken ? null : smsKey },
          { dedupe_key: row.sms_key },
        );
        await sql.update(
          'care_message',
          {
            occasion_key: occasionKey,
            sms_key: smsKey,
            anniversary_name: row.occasion_key.slice('anniversary:'.length),
          },
          { id: row.id },
        );
      }
      if (rows.length < BATCH) break;
      afterId = Number(rows[rows.length - 1].id);
    }

    afterId = 0;
    for (;;) {
      const rows = await sql.select<{ id: number; dedupe_key: string }>(
        'sms_message',
        ['id', 'dedupe_key'],
        'dedupe_key',
        'care:%:anniversary:%',
        afterId,
      );
      for (const row of rows) {
        if (!NEW_ANNIVERSARY_KEY.test(row.dedupe_key))
          await sql.update('sms_message', { dedupe_key: null }, { id: row.id });
      }
      if (rows.length < BATCH) break;
      afterId = Number(rows[rows.length - 1].id);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    // The names cannot go back into keys that other rows may share now; only the column goes.
    await runner.dropColumn('care_message', 'anniversary_name');
  }
}

interface CareRow {
  id: number;
  customer_id: number;
  occasion_key: string;
  year: number;
  occasion_date: string | Date;
  sms_key: string;
}

/** `MM-DD` of a date column's value, whichever way the driver hands it over. */
function monthDay(value: string | Date): string {
  if (typeof value === 'string') return value.slice(5, 10);
  // node-postgres reads a DATE as local midnight.
  return `${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
}

type Value = string | number | null;

/**
 * Plain statements by table and column name, with the driver's own quoting and placeholders
 * (see insertRows): the query builder would map names through today's entities when the
 * data source knows them, and a migration must not depend on what the entities look like.
 */
class Statements {
  constructor(private readonly runner: QueryRunner) {}

  /** One batch of rows after `afterId` whose `column` is LIKE `pattern`, by id. */
  select<T>(
    table: string,
    columns: string[],
    column: string,
    pattern: string,
    afterId: number,
  ): Promise<T[]> {
    const escape = (name: string) => this.runner.connection.driver.escape(name);
    const [sql, parameters] = this.runner.connection
      .createQueryBuilder()
      .select(columns.map((name) => `${escape(name)} AS ${escape(name)}`))
      .from(table, 't')
      .where(`${escape(column)} LIKE :pattern AND ${escape('id')} > :afterId`, { pattern, afterId })
      .orderBy(escape('id'), 'ASC')
      .limit(BATCH)
      .getQueryAndParameters();
    return this.runner.query(sql, parameters);
  }

  async exists(table: string, where: Record<string, Value>): Promise<boolean> {
    const parameters: Value[] = [];
    const rows = await this.runner.query(
      `SELECT COUNT(*) AS ${this.escape('found')} FROM ${this.escape(table)} WHERE ${this.conditions(where, parameters)}`,
      parameters,
    );
    return Number(rows[0].found) > 0;
  }

  async update(
    table: string,
    set: Record<string, Value>,
    where: Record<string, Value>,
  ): Promise<void> {
    const parameters: Value[] = [];
    const assignments = Object.entries(set).map(
      ([column, value]) => `${this.escape(column)} = ${this.parameter(column, value, parameters)}`,
    );
    await this.runner.query(
      `UPDATE ${this.escape(table)} SET ${assignments.join(', ')} WHERE ${this.conditions(where, parameters)}`,
      parameters,
    );
  }

  async delete(table: string, where: Record<string, Value>): Promise<void> {
    const parameters: Value[] = [];
    await this.runner.query(
      `DELETE FROM ${this.escape(table)} WHERE ${this.conditions(where, parameters)}`,
      parameters,
    );
  }

  private conditions(where: Record<string, Value>, parameters: Value[]): string {
    return Object.entries(where)
      .map(
        ([column, value]) =>
          `${this.escape(column)} = ${this.parameter(column, value, parameters)}`,
      )
      .join(' AND ');
  }

  private parameter(name: string, value: Value, parameters: Value[]): string {
    return this.runner.connection.driver.createParameter(name, parameters.push(value) - 1);
  }

  private escape(name: string): string {
    return this.runner.connection.driver.escape(name);
  }
}
