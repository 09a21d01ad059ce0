import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** The kinds whose title and body are written from `data` when the inbox is read. */
const RENDERED_KINDS = [
  'account.frozen.quota',
  'account.locked',
  'plan.assigned',
  'plan.delegated',
  'plan.delegated-result',
  'plan.reminder',
];

/**
 * Inbox notifications point at what they are about (`kind` and the ids in `data`) and are
 * written in the reader's language when read, so they keep no copy of a customer's name,
 * phone or notes for erasure to miss. The stored title and body become optional, and the
 * copies in existing rows of those kinds are dropped: their data is enough to write them.
 */
export class NotificationsByReference1764680000000 implements MigrationInterface {
  name = 'NotificationsByReference1764680000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.changeColumn(
      'notification',
      'title',
      new TableColumn(k.string('title', 200, { isNullable: true })),
    );
    await runner.changeColumn(
      'notification',
      'body',
      new TableColumn(k.text('body', { isNullable: true })),
    );
    await runner.manager
      .createQueryBuilder()
      .update('notification')
      .set({ title: null, body: null })
      .where('kind IN (:...kinds)', { kinds: RENDERED_KINDS })
      .execute();
  }

  async down(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    // Rows written from data get a placeholder: the text they were shown with was never stored.
    await runner.manager
      .createQueryBuilder()
      .update('notification')
      .set({ title: '', body: '' })
      .where('title IS NULL')
      .execute();
    await runner.manager
      .createQueryBuilder()
      .update('notification')
      .set({ body: '' })
      .where('body IS NULL')
      .execute();
    await runner.changeColumn('notification', 'title', new TableColumn(k.string('title', 200)));
    await runner.changeColumn('notification', 'body', new TableColumn(k.text('body')));
  }
}
