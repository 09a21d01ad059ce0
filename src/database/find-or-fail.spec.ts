import 'reflect-metadata';
import { Column, DataSource, Entity, IsNull, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { findOrFail } from './find-or-fail';

@Entity()
class Shelf {
  @PrimaryGeneratedColumn() id: number;
  @Column() label: string;
}

@Entity()
class Book {
  @PrimaryGeneratedColumn() id: number;
  @Column() code: string;
  @Column({ type: 'datetime', nullable: true }) deletedAt: Date | null;
  @ManyToOne(() => Shelf, { nullable: true }) shelf: Shelf | null;
}

describe('findOrFail', () => {
  let dataSource: DataSource;
  let shelf: Shelf;
  let book: Book;
  let gone: Book;
  const what = msg('entities.record');

  beforeAll(async () => {
    dataSource = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [Shelf, Book],
      synchronize: true,
    }).initialize();
    shelf = await dataSource.getRepository(Shelf).save({ label: 'A' });
    book = await dataSource.getRepository(Book).save({ code: 'B1', deletedAt: null, shelf });
    gone = await dataSource
      .getRepository(Book)
      .save({ code: 'B2', deletedAt: new Date(), shelf: null });
  });
  afterAll(() => dataSource.destroy());

  it('finds by id through a repository or a manager', async () => {
    expect((await findOrFail(dataSource.getRepository(Book), Book, book.id, what)).code).toBe('B1');
    expect((await findOrFail(dataSource.manager, Book, book.id, what)).code).toBe('B1');
  });

  it('finds by conditions, with relations when asked', async () => {
    const found = await findOrFail(
      dataSource.manager,
      Book,
      { code: 'B1', deletedAt: IsNull() },
      what,
      { relations: { shelf: true } },
    );
    expect(found.shelf?.label).toBe('A');
  });

  it('answers the 404 naming the record and the id', async () => {
    const missing = findOrFail(dataSource.manager, Book, 424242, what);
    await expect(missing).rejects.toBeInstanceOf(DomainError);
    await expect(missing).rejects.toMatchObject({
      kind: 'not_found',
      code: 'NOT_FOUND',
      text: msg('common.notFoundWithId', { what, id: 424242 }),
    });
  });

  it('names the id it is told to when looking up by conditions, and none otherwise', async () => {
    await expect(
      findOrFail(dataSource.manager, Book, { id: gone.id, deletedAt: IsNull() }, what, {
        shownId: gone.id,
      }),
    ).rejects.toMatchObject({
      text: msg('common.notFoundWithId', { what, id: gone.id }),
    });
    await expect(
      findOrFail(dataSource.manager, Book, { code: 'nope' }, what),
    ).rejects.toMatchObject({
      text: msg('common.notFound', { what }),
    });
  });

  it('never reads the first row for an id that is not a whole number', async () => {
    for (const id of [NaN, undefined as unknown as number, 1.5]) {
      await expect(findOrFail(dataSource.manager, Book, id, what)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
  });

  it('reads inside the caller transaction', async () => {
    await dataSource.transaction(async (m) => {
      const added = await m.getRepository(Book).save({ code: 'B3', deletedAt: null, shelf: null });
      expect((await findOrFail(m.getRepository(Book), Book, added.id, what)).code).toBe('B3');
      expect((await findOrFail(m, Book, added.id, what)).code).toBe('B3');
    });
  });
});
