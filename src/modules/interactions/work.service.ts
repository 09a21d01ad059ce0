import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { UsersService } from '../../users/users.service';
import type { WorkQueryDto } from './dto/work-query.dto';
import { Interaction } from './entities/interaction.entity';
import { Plan } from './entities/plan.entity';
import { InteractionTypesService } from './interaction-types.service';
import { InteractionViews } from './interaction-views';
import { msg } from '../../common/i18n/msg';
import { WorkCounts } from './work-counts';
import { WORK_RECORDS_PAGE } from './work-records-page.query';

/**
 * Work results (§8.2): what one user did in a period — their records and completed plans,
 * counted per type in the database, and the records page by page.
 */
@Injectable()
export class WorkService {
  constructor(
    @InjectRepository(Interaction) private readonly records: Repository<Interaction>,
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly types: InteractionTypesService,
    private readonly views: InteractionViews,
    private readonly users: UsersService,
    private readonly calendar: BusinessCalendar,
    private readonly counts: WorkCounts,
  ) {}

  async work(principal: Principal, query: WorkQueryDto) {
    const userId = RecordScope.of(principal).forUser(
      query.userId,
      msg('interactions.othersWorkForbidden'),
    );
    const user = await this.users.staffMember(userId);
    // Business days `from`..`to`, inclusive; this month so far when not given.
    const { from, to, start, end } = this.calendar.period(query);

    const { records: recordCounts, completedPlans: planCounts } = await this.counts.get(
      JSON.stringify([userId, start, end]),
      async () => ({
        records: await this.records
          .createQueryBuilder('r')
          .select('r.typeId', 'typeId')
          .addSelect('COUNT(*)', 'count')
          .where('r.staffId = :userId', { userId })
          .andWhere('r.occurredAt >= :start AND r.occurredAt < :end', { start, end })
          .groupBy('r.typeId')
          .getRawMany<{ typeId: number; count: string | number }>(),
        completedPlans: await this.plans
          .createQueryBuilder('p')
          .select('p.typeId', 'typeId')
          .addSelect('COUNT(*)', 'count')
          .where('p.completedById = :userId', { userId })
          .andWhere("p.status = 'done'")
          .andWhere('p.completedAt >= :start AND p.completedAt < :end', { start, end })
          .groupBy('p.typeId')
          .getRawMany<{ typeId: number; count: string | number }>(),
      }),
    );
    const byTypeId = new Map<number, { records: number; completedPlans: number }>();
    for (const row of recordCounts)
      byTypeId.set(Number(row.typeId), { records: Number(row.count), completedPlans: 0 });
    for (const row of planCounts) {
      const entry = byTypeId.get(Number(row.typeId)) ?? { records: 0, completedPlans: 0 };
      entry.completedPlans = Number(row.count);
      byTypeId.set(Number(row.typeId), entry);
    }
    const types = await this.types.ranks([...byTypeId.keys()]);
    const byType = [...byTypeId.entries()]
      .map(([typeId, counts]) => {
        const type = types.get(typeId);
        return {
          type: type
            ? { id: type.id, code: type.code, name: type.name }
            : { id: typeId, code: null, name: null },
          ...counts,
        };
      })
      .sort(
        (a, b) =>
          (types.get(a.type.id)?.sortOrder ?? 0) - (types.get(b.type.id)?.sortOrder ?? 0) ||
          a.type.id - b.type.id,
      );

    const totals = {
      records: byType.reduce((sum, entry) => sum + entry.records, 0),
      completedPlans: byType.reduce((sum, entry) => sum + entry.completedPlans, 0),
    };
    const rows = await WORK_RECORDS_PAGE.on(this.records.manager.connection, query).rows(
      this.records.manager,
      { userId, start, end },
    );

    return {
      user: { id: user.id, displayName: user.displayName },
      from,
      to,
      totals,
      byType,
      records: {
        items: await this.views.records(rows),
        // The records counted per type above: not counted twice.
        total: totals.records,
        page: query.page,
        pageSize: query.pageSize,
      },
    };
  }
}
