import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Column, DataSource, Entity, PrimaryGeneratedColumn, QueryFailedError } from 'typeorm';
import { PreparedStatement } from '../prepared-statement';
import { createDataSource } from './create-data-source';

@Entity()
class Note {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) text: string;
  @Column({ type: 'datetime', nullable: true }) seenAt: Date | null;
}

/** A promise and the function that settles it: lets a test decide when a transaction goes on. */
function latch(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('PreparedStatement on the embedded database: straight to the connection, within the gate', () => {
  let dir: string;
  let dataSource: DataSource;
  let byText: PreparedStatement<{ text: string }, Pick<Note, 'id' | 'text' | 'seenAt'>>;
  let insert: PreparedStatement<Note>;
  let runners: number;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'direct-'));
    dataSource = await createDataSource(
      {
        type: 'better-sqlite3',
        database: join(dir, 'notes.sqlite'),
        entities: [Note],
        synchronize: true,
        prepareDatabase: (db: { pragma(sql: string): unknown }) => {
          db.pragma('journal_mode = WAL');
          db.pragma('busy_timeout = 20');
        },
      },
      2000,
    ).initialize();
    const create = dataSource.driver.createQueryRunner.bind(dataSource.driver);
    runners = 0;
    dataSource.driver.createQueryRunner = (mode) => {
      runners += 1;
      return create(mode);
    };
    byText = PreparedStatement.select(
      dataSource
        .getRepository(Note)
        .createQueryBuilder('n')
        .where('n.text = :text')
        .select(['n.id', 'n.text', 'n.seenAt']),
    );
    insert = PreparedStatement.insert(dataSource, Note);
  });

  afterEach(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads and writes without a query runner when nobody holds the gate, values converted as TypeORM does', async () => {
    const seenAt = new Date('2026-03-04T05:06:07.089Z');
    expect(await insert.run(undefined, { text: 'first', seenAt } as Note)).toBe(1);
    expect(await byText.one(undefined, { text: 'first' })).toEqual({
      id: 1,
      text: 'first',
      seenAt,
    });
    expect(await byText.one(undefined, { text: 'none' })).toBeNull();
    expect(runners).toBe(0);
    expect(await dataSource.getRepository(Note).findOneByOrFail({ text: 'first' })).toEqual({
      id: 1,
      text: 'first',
      seenAt,
    });
  });

  it('runs inside the given transaction: sees its rows, and its writes are undone with it', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await insert.run(manager, { text: 'inside', seenAt: null } as Note);
        expect(await byText.one(manager, { text: 'inside' })).toMatchObject({ text: 'inside' });
        throw new Error('business rule broken');
      }),
    ).rejects.toThrow('business rule broken');
    expect(await byText.one(undefined, { text: 'inside' })).toBeNull();
  });

  it('binds whole numbers (one statement for every id) where TypeORM writes them into the SQL', async () => {
    const byId = PreparedStatement.select<Pick<Note, 'text'>, { id: number }>(
      dataSource.getRepository(Note).createQueryBuilder('n').where('n.id = :id').select(['n.text']),
    );
    await insert.run(undefined, { text: 'one', seenAt: null } as Note);
    await insert.run(undefined, { text: 'two', seenAt: null } as Note);
    expect(byId.bind({ id: 1 })[0]).toBe(byId.bind({ id: 2 })[0]);
    expect(byId.bind({ id: 2 })[1]).toEqual([2n]);
    expect(await byId.one(undefined, { id: 2 })).toEqual({ text: 'two' });
    expect(await dataSource.query('SELECT typeof(?) AS type', byId.bind({ id: 2 })[1])).toEqual([
      { type: 'integer' },
    ]);
  });

  it('counts', async () => {
    const count = PreparedStatement.count<{ text: string }>(
      dataSource.getRepository(Note).createQueryBuilder('n').where('n.text <> :text'),
    );
    await insert.run(undefined, { text: 'one', seenAt: null } as Note);
    await insert.run(undefined, { text: 'two', seenAt: null } as Note);
    expect(await count.one(undefined, { text: 'one' })).toBe(1);
    expect(runners).toBe(0);
  });

  it("waits for another request's open transaction instead of running inside it", async () => {
    const seenAt = new Date('2026-01-02T03:04:05.006Z');
    await insert.run(undefined, { text: 'committed', seenAt } as Note);
    const inside = latch();
    const proceed = latch();
    const open = dataSource.transaction(async (manager) => {
      await manager.query("INSERT INTO note (text) VALUES ('uncommitted')");
      inside.open();
      await proceed.wait;
      throw new Error('rolled back');
    });
    await inside.wait;
    const read = byText.one(undefined, { text: 'uncommitted' });
    const committed = byText.one(undefined, { text: 'committed' });
    const write = insert.run(undefined, { text: 'outside', seenAt: null } as Note);
    await new Promise((resolve) => setTimeout(resolve, 20));
    proceed.open();
    await expect(open).rejects.toThrow('rolled back');
    expect(await read).toBeNull();
    // read through a query runner once the transaction was over: the same objects
    expect(await committed).toEqual({ id: 1, text: 'committed', seenAt });
    expect(await write).toBe(1);
    expect(await byText.one(undefined, { text: 'outside' })).toMatchObject({ text: 'outside' });
  });

  it('answers errors as the driver does (QueryFailedError with the driver error)', async () => {
    await insert.run(undefined, { text: 'twice', seenAt: null } as Note);
    const again = insert.run(undefined, { text: 'twice', seenAt: null } as Note);
    await expect(again).rejects.toBeInstanceOf(QueryFailedError);
    await expect(again).rejects.toMatchObject({
      driverError: { code: 'SQLITE_CONSTRAINT_UNIQUE' },
    });
  });

  it('waits out a lock another process holds (through a query runner) instead of failing', async () => {
    const other = new Database(join(dir, 'notes.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    const write = insert.run(undefined, { text: 'after the lock', seenAt: null } as Note);
    await new Promise((resolve) => setTimeout(resolve, 100));
    other.exec('COMMIT');
    other.close();
    expect(await write).toBe(1);
    expect(runners).toBeGreaterThan(0);
  });
});
