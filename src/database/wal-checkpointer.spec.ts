import 'reflect-metadata';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { WalCheckpointer } from './wal-checkpointer';

@Entity()
class Note {
  @PrimaryGeneratedColumn() id: number;
  @Column() text: string;
}

describe('WalCheckpointer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wal-'));
  const file = join(dir, 'notes.sqlite');
  let source: DataSource;
  let checkpointer: WalCheckpointer;

  beforeAll(async () => {
    source = await new DataSource({
      type: 'better-sqlite3',
      database: file,
      entities: [Note],
      synchronize: true,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
      },
    }).initialize();
    checkpointer = new WalCheckpointer(source);
    await checkpointer.onModuleInit();
  });
  afterAll(async () => {
    await checkpointer.onModuleDestroy();
    await source.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes checkpoints off the connection and does them in its worker', async () => {
    expect(await source.query('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0 }]);
    const before = statSync(file).size;
    // Far more than the 1,000 pages after which the connection would checkpoint itself.
    const text = 'x'.repeat(4000);
    for (let i = 0; i < 20; i += 1)
      await source.getRepository(Note).insert(Array.from({ length: 100 }, () => ({ text })));
    const done = await checkpointer.checkpoint();
    expect(done).not.toBeNull();
    expect(done!.log).toBeGreaterThan(1000);
    expect(done!.checkpointed).toBe(done!.log);
    // The rows are in the database file itself now, not only in its log.
    expect(statSync(file).size).toBeGreaterThan(before + 2000 * 4000);
    expect(await source.getRepository(Note).count()).toBe(2000);
  });

  it('leaves an in-memory database alone', async () => {
    const memory = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [Note],
      synchronize: true,
    }).initialize();
    const none = new WalCheckpointer(memory);
    await none.onModuleInit();
    expect(await none.checkpoint()).toBeNull();
    await none.onModuleDestroy();
    await memory.destroy();
  });
});
