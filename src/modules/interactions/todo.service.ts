import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar, type BusinessDay } from '../../common/calendar/business-calendar';
import { UsersService } from '../../users/users.service';
import { Plan } from './entities/plan.entity';
import { InteractionViews, type PlanView } from './interaction-views';
import { TODO_BUCKETS, type TodoBucket, type TodoBucketParams } from './todo-bucket';
import { TODO_BUCKET_COUNT } from './todo-bucket-count.query';
import { TODO_BUCKET_PAGE, TODO_BUCKET_SIZE } from './todo-bucket-page.query';
import { msg } from '../../common/i18n/msg';

/** How far ahead "upcoming" looks. */
const UPCOMING_DAYS = 7;

export type TodoCounts = Record<TodoBucket, number>;

/**
 * The to-do workspace (§4.1.2): one user's open plans that are overdue, due today and coming
 * up, and the plans they handed to others that are still open. Days are business days.
 */
@Injectable()
export class TodoService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly views: InteractionViews,
    private readonly users: UsersService,
    private readonly calendar: BusinessCalendar,
  ) {}

  async todo(principal: Principal, userId?: number) {
    // One's own to-do; anyone's for those who monitor the staff's work (§8.2).
    const targetId = RecordScope.of(principal).forUser(
      userId,
      msg('interactions.othersTodoForbidden'),
    );
    // The signed-in user was read with the request's session; a colleague is looked up (404).
    const user = targetId === principal.id ? principal : await this.users.staffMember(targetId);
    // One business day for the buckets and the answer, even across midnight.
    const today = this.calendar.today();
    const params = this.params(targetId, today);
    const pages = await Promise.all(
      TODO_BUCKETS.map(async (bucket) =>
        // The plans handed to others come unordered (TODO_BUCKET_PAGE); a page is 20 rows.
        (await TODO_BUCKET_PAGE[bucket].rows(this.plans.manager, params)).sort(
          (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id,
        ),
      ),
    );
    // A bucket whose first page is not full holds just those plans: only the others are
    // counted (most days, dueToday and delegated are a few plans each).
    const counts = await this.countsFor(params, (bucket) => {
      const page = pages[TODO_BUCKETS.indexOf(bucket)];
      return page.length < TODO_BUCKET_SIZE ? page.length : undefined;
    });
    // One batch of lookups (types, staff) for all four buckets; customers came joined.
    const views = await this.views.plansWithCustomers(pages.flat());
    const items = {} as Record<TodoBucket, PlanView[]>;
    let next = 0;
    TODO_BUCKETS.forEach((bucket, i) => {
      items[bucket] = views.slice(next, next + pages[i].length);
      next += pages[i].length;
    });
    return {
      user: { id: user.id, displayName: user.displayName },
      day: today.date,
      counts,
      ...items,
    };
  }

  /** The counts alone, for the sign-in summary. */
  counts(userId: number): Promise<TodoCounts> {
    return this.countsFor(this.params(userId, this.calendar.today()));
  }

  private async countsFor(
    params: TodoBucketParams,
    known: (bucket: TodoBucket) => number | undefined = () => undefined,
  ): Promise<TodoCounts> {
    const counts = await Promise.all(
      TODO_BUCKETS.map(
        (bucket) => known(bucket) ?? TODO_BUCKET_COUNT[bucket].one(this.plans.manager, params),
      ),
    );
    return Object.fromEntries(
      TODO_BUCKETS.map((bucket, i) => [bucket, counts[i] ?? 0]),
    ) as TodoCounts;
  }

  private params(userId: number, today: BusinessDay): TodoBucketParams {
    const horizon = new Date(today.end.getTime() + UPCOMING_DAYS * 24 * 3600_000);
    return { userId, start: today.start, end: today.end, horizon };
  }
}
