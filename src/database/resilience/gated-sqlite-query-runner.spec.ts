import { DataSource } from 'typeorm';
import { RequestContext } from '../../common/request-context';
import { createDataSource } from './create-data-source';
import { DatabaseUnavailableError } from './database-unavailable.error';

/** A promise and the function that settles it: lets a test decide when a transaction goes on. */
function latch(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

const turns = async (count: number) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('GatedSqliteQueryRunner: one transaction at a time on the embedded database', () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = await createDataSource(
      { type: 'better-sqlite3', database: ':memory:' },
      2000,
    ).initialize();
    await dataSource.query('CREATE TABLE note (text varchar NOT NULL)');
  });

  afterEach(() => dataSource.destroy());

  const notes = async () =>
    ((await dataSource.query('SELECT text FROM note ORDER BY text')) as { text: string }[]).map(
      (row) => row.text,
    );

  it('keeps a failing transaction from undoing the writes of another one and of plain statements run meanwhile', async () => {
    const inside = latch();
    const proceed = latch();
    const failing = dataSource.transaction(async (manager) => {
      await manager.query("INSERT INTO note (text) VALUES ('failing')");
      inside.open();
      await proceed.wait;
      throw new Error('business rule broken');
    });
    await inside.wait;
    // Another request's transaction and a statement outside any: both start while it is open.
    const other = dataSource.transaction((manager) =>
      manager.query("INSERT INTO note (text) VALUES ('other')"),
    );
    const plain = dataSource.query("INSERT INTO note (text) VALUES ('plain')");
    await turns(5);
    proceed.open();
    await expect(failing).rejects.toThrow('business rule broken');
    await Promise.all([other, plain]);
    expect(await notes()).toEqual(['other', 'plain']);
  });

  it('does not let a statement outside the transaction see its uncommitted rows', async () => {
    const inside = latch();
    const proceed = latch();
    const open = dataSource.transaction(async (manager) => {
      await manager.query("INSERT INTO note (text) VALUES ('uncommitted')");
      inside.open();
      await proceed.wait;
      throw new Error('rolled back');
    });
    await inside.wait;
    const read = notes();
    await turns(5);
    proceed.open();
    await expect(open).rejects.toThrow('rolled back');
    expect(await read).toEqual([]);
  });

  it('still nests a transaction inside one of the same caller as a savepoint', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.query("INSERT INTO note (text) VALUES ('outer')");
      await manager
        .transaction(async (inner) => {
          await inner.query("INSERT INTO note (text) VALUES ('inner')");
          throw new Error('inner fails');
        })
        .catch(() => undefined);
    });
    expect(await notes()).toEqual(['outer']);
  });

  it('refuses a waiter past the bound with DatabaseUnavailableError instead of queueing forever', async () => {
    const short = await createDataSource(
      { type: 'better-sqlite3', database: ':memory:' },
      100,
    ).initialize();
    try {
      const proceed = latch();
      const inside = latch();
      const long = short.transaction(async (manager) => {
        await manager.query('SELECT 1');
        inside.open();
        await proceed.wait;
      });
      await inside.wait;
      await expect(short.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      proceed.open();
      await long;
      await expect(short.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await short.destroy();
    }
  });
});

describe('GatedSqliteQueryRunner: one request inside its own transaction', () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = await createDataSource(
      { type: 'better-sqlite3', database: ':memory:' },
      500,
    ).initialize();
    await dataSource.query('CREATE TABLE note (text varchar NOT NULL)');
  });

  afterEach(() => dataSource.destroy());

  const asRequest = <T>(work: () => Promise<T>) =>
    RequestContext.run({ requestId: 'one-request', ip: null, userAgent: null }, work);

  it("runs the request's statements and transactions through other runners inside its open transaction", async () => {
    await asRequest(() =>
      dataSource.transaction(async (manager) => {
        await manager.query("INSERT INTO note (text) VALUES ('outer')");
        // A lookup through another service's repository sees the request's own write,
        expect(await dataSource.query('SELECT COUNT(*) AS n FROM note')).toEqual([{ n: 1 }]);
        // and a service that opens its own transaction gets a savepoint within this one.
        await dataSource.transaction((inner) =>
          inner.query("INSERT INTO note (text) VALUES ('kept')"),
        );
        await dataSource
          .transaction(async (inner) => {
            await inner.query("INSERT INTO note (text) VALUES ('undone')");
            throw new Error('inner fails');
          })
          .catch(() => undefined);
      }),
    );
    expect(await dataSource.query('SELECT text FROM note ORDER BY text')).toEqual([
      { text: 'kept' },
      { text: 'outer' },
    ]);
  });
});
