import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { GroupCommit } from './group-commit';

@Entity()
class Tally {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) name: string;
  @Column() count: number;
}

describe('GroupCommit', () => {
  let source: DataSource;
  let group: GroupCommit;
  let transactions = 0;

  beforeAll(async () => {
    source = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [Tally],
      synchronize: true,
    }).initialize();
    const transaction = source.transaction.bind(source) as DataSource['transaction'];
    source.transaction = ((...args: Parameters<DataSource['transaction']>) => {
      transactions += 1;
      return transaction(...args);
    }) as DataSource['transaction'];
    group = new GroupCommit(source);
    await source.getRepository(Tally).insert({ name: 'views', count: 0 });
  });
  afterAll(() => source.destroy());

  const countOne = () =>
    group.run(async (m) => {
      const result = await m
        .getRepository(Tally)
        .createQueryBuilder()
        .update()
        .set({ count: () => 'count + 1' })
        .where('name = :name', { name: 'views' })
        .execute();
      return result.affected ?? 0;
    });

  it('commits the writes asked for in one round together, each caller getting its own answer', async () => {
    transactions = 0;
    const answers = await Promise.all(Array.from({ length: 25 }, countOne));
    expect(answers).toEqual(Array(25).fill(1));
    expect(transactions).toBe(1);
    expect((await source.getRepository(Tally).findOneByOrFail({ name: 'views' })).count).toBe(25);
  });

  it('fails only the refused write when the shared transaction fails, and does the others once', async () => {
    const before = (await source.getRepository(Tally).findOneByOrFail({ name: 'views' })).count;
    const refused = group.run((m) =>
      m
        .getRepository(Tally)
        .insert({ name: 'views', count: 0 })
        .then(() => 0),
    );
    const others = Array.from({ length: 5 }, countOne);
    await expect(refused).rejects.toThrow();
    expect(await Promise.all(others)).toEqual(Array(5).fill(1));
    expect((await source.getRepository(Tally).findOneByOrFail({ name: 'views' })).count).toBe(
      before + 5,
    );
  });
});
