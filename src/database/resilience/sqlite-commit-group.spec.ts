import type { Database } from 'better-sqlite3';
import { DataSource, type Logger } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import { createDataSource } from './create-data-source';
import { DatabaseUnavailableError } from './database-unavailable.error';

/** A promise and the function that settles it: lets a test decide when a transaction goes on. */
function latch(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('SqliteCommitGroup: transactions of one round committed together', () => {
  let dataSource: DataSource;
  let statements: string[];

  beforeEach(async () => {
    statements = [];
    const logger: Logger = {
      logQuery: (query) => void statements.push(query),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    dataSource = await createDataSource(
      { type: 'better-sqlite3', database: ':memory:', logging: ['query'], logger },
      2000,
    ).initialize();
    await dataSource.query('PRAGMA foreign_keys = ON');
    await dataSource.query('CREATE TABLE parent (id integer PRIMARY KEY)');
    await dataSource.query(
      'CREATE TABLE note (text varchar NOT NULL, parent_id integer REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)',
    );
    statements = [];
  });

  afterEach(() => dataSource.destroy());

  const notes = async () =>
    ((await dataSource.query('SELECT text FROM note ORDER BY text')) as { text: string }[]).map(
      (row) => row.text,
    );
  const commits = () => statements.filter((sql) => sql === 'COMMIT').length;
  const insert = (text: string) =>
    dataSource.transaction((manager) =>
      manager.query('INSERT INTO note (text) VALUES (?)', [text]),
    );

  it('commits the transactions begun in one round with one COMMIT, each answered after it', async () => {
    const answered: string[] = [];
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((text) =>
        insert(text).then(() => answered.push(`${text} after ${commits()} commit(s)`)),
      ),
    );
    expect(commits()).toBe(1);
    expect(answered.sort()).toEqual(['a', 'b', 'c', 'd', 'e'].map((t) => `${t} after 1 commit(s)`));
    expect(await notes()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('undoes only the work of a member that fails', async () => {
    const results = await Promise.allSettled([
      insert('first'),
      dataSource.transaction(async (manager) => {
        await manager.query("INSERT INTO note (text) VALUES ('failing')");
        throw new Error('business rule broken');
      }),
      insert('last'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(commits()).toBe(1);
    expect(await notes()).toEqual(['first', 'last']);
  });

  it('commits the open group before a statement outside any transaction runs, which sees it', async () => {
    const inside = latch();
    const proceed = latch();
    const first = insert('kept');
    const second = dataSource.transaction(async (manager) => {
      await manager.query("INSERT INTO note (text) VALUES ('second')");
      inside.open();
      await proceed.wait;
    });
    await inside.wait;
    // Queued behind the open member, while 'kept' waits for the group's COMMIT.
    const read = notes();
    proceed.open();
    await Promise.all([first, second]);
    expect(await read).toEqual(['kept', 'second']);
    expect(statements.indexOf('COMMIT')).toBeLessThan(
      statements.findIndex((sql) => sql.startsWith('SELECT text')),
    );
  });

  it('answers every member 503 and keeps none of them when the shared COMMIT fails', async () => {
    const results = await Promise.allSettled([
      insert('innocent'),
      // A row whose parent does not exist: refused only at COMMIT (a deferred foreign key).
      dataSource.transaction((manager) =>
        manager.query("INSERT INTO note (text, parent_id) VALUES ('orphan', 42)"),
      ),
    ]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseUnavailableError);
    }
    expect(await notes()).toEqual([]);
    await insert('afterwards');
    expect(await notes()).toEqual(['afterwards']);
  });

  it('answers the waiting members 503 when SQLite ends the shared transaction by itself', async () => {
    const connection = (dataSource.driver as BetterSqlite3Driver).databaseConnection as Database;
    const results = await Promise.allSettled([
      insert('waiting'),
      dataSource.transaction(async (manager) => {
        await manager.query("INSERT INTO note (text) VALUES ('broken')");
        // As SQLite does on a full disk or an I/O error: the whole transaction rolled back.
        connection.exec('ROLLBACK');
        throw new Error('disk full');
      }),
    ]);
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseUnavailableError);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('disk full'));
    expect(await notes()).toEqual([]);
    await insert('afterwards');
    expect(await notes()).toEqual(['afterwards']);
  });
});
