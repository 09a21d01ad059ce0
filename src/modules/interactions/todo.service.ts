import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { UsersService } from '../../users/users.service';
import { Plan } from './entities/plan.entity';
import { InteractionViews, PlanView } from './interaction-views';
import { msg } from '../../common/i18n/msg';

/** How far ahead "upcoming" looks. */
const UPCOMING_DAYS = 7;
/** Plans shown per bucket; the counts say how many there are in all. */
const BUCKET_SIZE = 50;

type Bucket = 'overdue' | 'dueToday' | 'upcoming' | 'delegated';
const BUCKETS: Bucket[] = ['overdue', 'dueToday', 'upcoming', 'delegated'];

export type TodoCounts = Record<Bucket, number>;

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
    const user = await this.users.findById(targetId);
    const lists = await Promise.all(
      BUCKETS.map(async (bucket) => {
        const query = this.bucket(bucket, targetId);
        const [rows, count] = await query
          .orderBy('p.dueAt', 'ASC')
          .addOrderBy('p.id', 'ASC')
          .take(BUCKET_SIZE)
          .getManyAndCount();
        return [bucket, count, await this.views.plans(rows)] as const;
      }),
    );
    const counts = Object.fromEntries(
      lists.map(([bucket, count]) => [bucket, count]),
    ) as TodoCounts;
    const items = Object.fromEntries(lists.map(([bucket, , rows]) => [bucket, rows])) as Record<
      Bucket,
      PlanView[]
    >;
    return {
      user: { id: user.id, displayName: user.displayName },
      day: this.calendar.today().date,
      counts,
      ...items,
    };
  }

  /** The counts alone, for the sign-in summary. */
  async counts(userId: number): Promise<TodoCounts> {
    const counts = await Promise.all(
      BUCKETS.map((bucket) => this.bucket(bucket, userId).getCount()),
    );
    return Object.fromEntries(BUCKETS.map((bucket, i) => [bucket, counts[i]])) as TodoCounts;
  }

  private bucket(bucket: Bucket, userId: number): SelectQueryBuilder<Plan> {
    const today = this.calendar.today();
    const horizon = new Date(today.end.getTime() + UPCOMING_DAYS * 24 * 3600_000);
    const query = this.plans.createQueryBuilder('p').where("p.status = 'open'");
    if (bucket === 'delegated') {
      return query
        .andWhere('p.ownerId = :userId', { userId })
        .andWhere('p.assigneeId <> :userId', { userId });
    }
    query.andWhere('p.assigneeId = :userId', { userId });
    if (bucket === 'overdue') return query.andWhere('p.dueAt < :start', { start: today.start });
    if (bucket === 'dueToday')
      return query.andWhere('p.dueAt >= :start AND p.dueAt < :end', {
        start: today.start,
        end: today.end,
      });
    return query.andWhere('p.dueAt >= :end AND p.dueAt < :horizon', { end: today.end, horizon });
  }
}
