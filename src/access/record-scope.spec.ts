import { DataSource, EntitySchema } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { AbilityFactory } from './ability.factory';
import type { Role } from './role';
import { RecordScope } from './record-scope';

interface Task {
  id: number;
  ownerId: number;
  assigneeId: number;
  customerId: number;
}
const TASK_PEOPLE = { owner: 'ownerId', assignee: 'assigneeId' } as const;
const refusal = msg('interactions.othersPlansForbidden');

function scopeOf(
  role: Role,
  id = 1,
  extra: { grants?: string[]; denials?: string[] } = {},
): RecordScope {
  const ability = new AbilityFactory().createFor({
    role,
    grants: extra.grants ?? null,
    denials: extra.denials ?? null,
  });
  return RecordScope.of({ id, ability });
}

/** The error a call throws, or undefined. */
function thrown(call: () => unknown): DomainError | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const own: Task = { id: 1, ownerId: 1, assigneeId: 1, customerId: 9 };
const handed: Task = { id: 2, ownerId: 2, assigneeId: 1, customerId: 9 };
const given: Task = { id: 3, ownerId: 1, assigneeId: 2, customerId: 9 };
const others: Task = { id: 4, ownerId: 2, assigneeId: 3, customerId: 9 };

describe('RecordScope', () => {
  it.each(['clerk', 'coordinator', 'finance'] as Role[])(
    'gives a %s their own and handed records only',
    (role) => {
      const scope = scopeOf(role);
      expect(scope.everyone).toBe(false);
      expect([own, handed, given, others].map((task) => scope.covers(task, TASK_PEOPLE))).toEqual([
        true,
        true,
        true,
        false,
      ]);
      expect(scope.conditions(TASK_PEOPLE)).toEqual([{ ownerId: 1 }, { assigneeId: 1 }]);
      expect(
        thrown(() => scope.assertCovers(others, TASK_PEOPLE, refusal, 'NOT_YOURS')),
      ).toMatchObject({ kind: 'forbidden', code: 'NOT_YOURS', text: refusal });
    },
  );

  it('gives those who monitor everyone’s records, with no list filter', () => {
    const scope = scopeOf('manager');
    expect(scope.everyone).toBe(true);
    expect(scope.conditions(TASK_PEOPLE)).toBeNull();
    expect(scope.covers(others, TASK_PEOPLE)).toBe(true);
    expect(scope.forUser(7, refusal)).toBe(7);
  });

  it('follows per-user grants and denials of monitoring, not the role’s name', () => {
    expect(scopeOf('coordinator', 1, { grants: ['Interaction:monitor'] }).everyone).toBe(true);
    expect(scopeOf('manager', 1, { denials: ['Interaction:monitor'] }).everyone).toBe(false);
  });

  it('answers a view of one person’s work with the asker, or another user only within scope', () => {
    const scope = scopeOf('coordinator');
    expect(scope.forUser(undefined, refusal)).toBe(1);
    expect(scope.forUser(1, refusal)).toBe(1);
    const error = thrown(() => scope.forUser(2, refusal));
    expect(error).toMatchObject({ kind: 'forbidden', text: refusal });
    expect(error?.code).toBeUndefined();
  });

  it('refuses a list filter naming another user, and passes one naming the asker', () => {
    const scope = scopeOf('clerk');
    expect(thrown(() => scope.assertMayAsk([undefined, 1], refusal))).toBeUndefined();
    expect(thrown(() => scope.assertMayAsk([1, 2], refusal))).toMatchObject({ kind: 'forbidden' });
  });

  it('shares a customer’s records with every reader, and leaves the scope alone without one', () => {
    const scope = scopeOf('finance');
    const shared = scope.ofCustomer(9);
    expect(shared.everyone).toBe(true);
    expect(shared.covers(others, TASK_PEOPLE)).toBe(true);
    expect(shared.conditions(TASK_PEOPLE)).toBeNull();
    expect(thrown(() => shared.assertMayAsk([2], refusal))).toBeUndefined();
    expect(scope.ofCustomer(undefined)).toBe(scope);
    expect(scope.ofCustomer(null).covers(others, TASK_PEOPLE)).toBe(false);
  });

  it('tells holding a record apart from seeing it', () => {
    const scope = scopeOf('manager');
    expect(scope.holds(handed, TASK_PEOPLE)).toBe(true);
    expect(scope.holds(others, TASK_PEOPLE)).toBe(false);
    expect(scope.holds(others, { staff: 'assigneeId' })).toBe(false);
  });

  it('refuses a scope that names no column', () => {
    expect(() => scopeOf('clerk').covers(own, {})).toThrow(/at least one column/);
  });

  describe('as a list query, against a database', () => {
    const TaskSchema = new EntitySchema<Task>({
      name: 'Task',
      columns: {
        id: { type: Number, primary: true },
        ownerId: { type: Number },
        assigneeId: { type: Number },
        customerId: { type: Number },
      },
    });
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = await new DataSource({
        type: 'better-sqlite3',
        database: ':memory:',
        entities: [TaskSchema],
        synchronize: true,
      }).initialize();
      await dataSource.getRepository(TaskSchema).insert([own, handed, given, others]);
    });
    afterAll(() => dataSource.destroy());

    /** What the list filter and the find conditions admit, and what `covers` says of each row. */
    async function listed(scope: RecordScope) {
      const repository = dataSource.getRepository(TaskSchema);
      const query = scope
        .where(repository.createQueryBuilder('t'), 't', TASK_PEOPLE)
        .orderBy('t.id');
      const byQuery = (await query.getMany()).map((task) => task.id);
      const byFind = (
        await repository.find({ where: scope.conditions(TASK_PEOPLE) ?? {}, order: { id: 'ASC' } })
      ).map((task) => task.id);
      const byCheck = [own, handed, given, others]
        .filter((task) => scope.covers(task, TASK_PEOPLE))
        .map((task) => task.id);
      return { byQuery, byFind, byCheck };
    }

    it('admits in a list exactly what the per-record check covers', async () => {
      for (const scope of [
        scopeOf('coordinator'),
        scopeOf('coordinator', 2),
        scopeOf('manager'),
        scopeOf('finance').ofCustomer(9),
      ]) {
        const { byQuery, byFind, byCheck } = await listed(scope);
        expect(byQuery).toEqual(byCheck);
        expect(byFind).toEqual(byCheck);
      }
      expect((await listed(scopeOf('coordinator'))).byQuery).toEqual([1, 2, 3]);
      expect((await listed(scopeOf('coordinator', 3))).byQuery).toEqual([4]);
    });

    it('keeps the filter together with the query’s own conditions', async () => {
      const query = dataSource
        .getRepository(TaskSchema)
        .createQueryBuilder('t')
        .where('t.ownerId = :owner', { owner: 2 });
      const rows = await scopeOf('coordinator').where(query, 't', TASK_PEOPLE).getMany();
      expect(rows.map((task) => task.id)).toEqual([2]);
    });
  });
});
