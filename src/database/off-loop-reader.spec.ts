import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OffLoopReader } from './off-loop-reader';
import { PreparedStatement } from './prepared-statement';

@Entity()
class Reading {
  @PrimaryGeneratedColumn() id: number;
  @Column() n: number;
}

const ROWS = 1500;

async function sourceOn(database: string): Promise<DataSource> {
  const source = await new DataSource({
    type: 'better-sqlite3',
    database,
    entities: [Reading],
    synchronize: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
    },
  }).initialize();
  await source.query(
    `WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ${ROWS})
     INSERT INTO reading (n) SELECT n FROM k`,
  );
  return source;
}

/** Pairs a < b: a count that takes a while (millions of pairs) without much data. */
function pairsCount(source: DataSource) {
  return PreparedStatement.count<{ from: number }>(
    source
      .getRepository(Reading)
      .createQueryBuilder('a')
      .innerJoin(Reading, 'b', 'a.n < b.n')
      .where('a.n >= :from'),
  );
}

/** The longest the event loop went without running a timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 2);
  try {
    await work();
    return Math.max(longest, performance.now() - last);
  } finally {
    clearInterval(timer);
  }
}

describe('OffLoopReader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'off-loop-'));
  let file: DataSource;
  let memory: DataSource;
  let reader: OffLoopReader;

  beforeAll(async () => {
    file = await sourceOn(join(dir, 'reads.sqlite'));
    memory = await sourceOn(':memory:');
    reader = new OffLoopReader(file);
  });
  afterAll(async () => {
    await reader.onModuleDestroy();
    await file.destroy();
    await memory.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers what the data source answers, off the event loop for a file', async () => {
    const statement = pairsCount(file);
    const expected = (ROWS * (ROWS - 1)) / 2;
    let counted: number | null = null;
    const offLoop = await longestStall(async () => {
      counted = await reader.one(statement, { from: 1 });
    });
    expect(counted).toBe(expected);
    let inLoop: number | null = null;
    const onLoop = await longestStall(async () => {
      inLoop = await statement.one(undefined, { from: 1 });
    });
    expect(inLoop).toBe(expected);
    // The same count held the loop for its whole length when run on it.
    expect(onLoop).toBeGreaterThan(offLoop * 3);
    expect(offLoop).toBeLessThan(50);
  });

  it('binds the values and sees the last commit', async () => {
    await file.getRepository(Reading).insert({ n: ROWS + 1 });
    const statement = pairsCount(file);
    expect(await reader.one(statement, { from: ROWS })).toBe(1);
  });

  it('runs on the data source itself where a thread cannot share it (in memory)', async () => {
    const inMemory = new OffLoopReader(memory);
    expect(await inMemory.one(pairsCount(memory), { from: ROWS - 2 })).toBe(3);
    await inMemory.onModuleDestroy();
  });

  it('rejects with the database error', async () => {
    await file.query('CREATE TABLE doomed (n integer)');
    const statement = PreparedStatement.count(file.createQueryBuilder().from('doomed', 'd'));
    await file.query('DROP TABLE doomed');
    await expect(reader.one(statement, {})).rejects.toThrow(/doomed/);
  });
});
