import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { updateAtVersion } from './update-at-version';

@Entity()
class Note {
  @PrimaryGeneratedColumn() id: number;
  @Column() text: string;
  @VersionColumn() version: number;
}

describe('updateAtVersion', () => {
  let dataSource: DataSource;
  const what = msg('entities.record');

  beforeAll(async () => {
    dataSource = await new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [Note],
      synchronize: true,
    }).initialize();
  });
  afterAll(() => dataSource.destroy());

  async function note(text: string): Promise<Note> {
    return dataSource.getRepository(Note).save({ text });
  }

  it('writes the change at the version read, and the version moves on', async () => {
    const read = await note('first');
    await updateAtVersion(dataSource.manager, Note, read, { text: 'second' }, what);
    expect(await dataSource.getRepository(Note).findOneByOrFail({ id: read.id })).toMatchObject({
      text: 'second',
      version: read.version + 1,
    });
  });

  it('answers a 409 STALE_VERSION naming the record when someone changed it in between, and writes nothing', async () => {
    const read = await note('mine');
    await updateAtVersion(dataSource.manager, Note, read, { text: 'theirs' }, what);
    const stale = updateAtVersion(dataSource.manager, Note, read, { text: 'lost' }, what);
    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({
      kind: 'conflict',
      code: 'STALE_VERSION',
      text: msg('common.staleVersion', { what }),
    });
    expect((await dataSource.getRepository(Note).findOneByOrFail({ id: read.id })).text).toBe(
      'theirs',
    );
  });

  it('answers a 409 for a row that is gone', async () => {
    await expect(
      updateAtVersion(dataSource.manager, Note, { id: 999_999, version: 1 }, { text: 'x' }, what),
    ).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
  });

  it('writes inside the caller transaction: rolled back with it', async () => {
    const read = await note('before');
    await expect(
      dataSource.transaction(async (m) => {
        await updateAtVersion(m, Note, read, { text: 'inside' }, what);
        throw new Error('the rest of the change failed');
      }),
    ).rejects.toThrow('the rest of the change failed');
    expect(await dataSource.getRepository(Note).findOneByOrFail({ id: read.id })).toMatchObject({
      text: 'before',
      version: read.version,
    });
  });
});
