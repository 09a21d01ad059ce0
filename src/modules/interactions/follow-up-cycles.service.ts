import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { UsersService } from '../../users/users.service';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import { FOLLOW_UP_TYPE } from './built-in-types';
import type { FollowUpCyclesDto } from './dto/follow-up-cycles.dto';
import { FollowUpCycle } from './entities/follow-up-cycle.entity';
import { Plan } from './entities/plan.entity';
import { InteractionTypesService } from './interaction-types.service';
import type { CycleBasis } from './cycle-basis';
import { msg } from '../../common/i18n/msg';

const DAY_MS = 24 * 3600_000;
/** Customers read and plans written per round: bounded memory, parameters under every limit. */
const BATCH = 500;

const DICTIONARY_OF: Record<CycleBasis, 'customer_level' | 'customer_status'> = {
  level: 'customer_level',
  status: 'customer_status',
};

/**
 * Follow-up cycles (seed 002): per level or status tag, the days after which a customer not
 * contacted gets a follow-up plan for their owner. The daily job plans each stale customer
 * once: while a follow-up plan of theirs is open, no second one is made.
 */
@Injectable()
export class FollowUpCyclesService {
  constructor(
    @InjectRepository(FollowUpCycle) private readonly cycles: Repository<FollowUpCycle>,
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly contacts: CustomersApi,
    private readonly dictionary: DictionaryService,
    private readonly types: InteractionTypesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<FollowUpCycle[]> {
    return this.cycles.find({ order: { basis: 'ASC', intervalDays: 'ASC', code: 'ASC' } });
  }

  async replace(dto: FollowUpCyclesDto): Promise<FollowUpCycle[]> {
    const seen = new Set<string>();
    for (const [index, cycle] of dto.cycles.entries()) {
      const key = `${cycle.basis}:${cycle.code}`;
      if (seen.has(key)) {
        throw DomainError.badRequest(
          msg('interactions.cycleListedTwice', { basis: cycle.basis, code: cycle.code }),
          [
            {
              field: `cycles.${index}.code`,
              messages: [msg('interactions.cycleListedTwiceDetail')],
            },
          ],
          'VALIDATION_FAILED',
        );
      }
      seen.add(key);
      await this.dictionary.assertActive(
        DICTIONARY_OF[cycle.basis as CycleBasis],
        cycle.code,
        `cycles.${index}.code`,
      );
    }
    await this.cycles.manager.transaction(async (m) => {
      const repository = m.getRepository(FollowUpCycle);
      const before = await repository.find();
      await repository.createQueryBuilder().delete().from(FollowUpCycle).execute();
      if (dto.cycles.length) {
        await repository.insert(
          dto.cycles.map((c) => ({
            basis: c.basis as CycleBasis,
            code: c.code,
            intervalDays: c.intervalDays,
          })),
        );
      }
      await this.audit.record(
        {
          action: 'followUpCycle.update',
          entityType: 'FollowUpCycle',
          before: {
            cycles: before.map(({ basis, code, intervalDays }) => ({ basis, code, intervalDays })),
          },
          after: { cycles: dto.cycles },
        },
        m,
      );
    });
    return this.list();
  }

  /**
   * The job: for each rule, shortest interval first, the stale customers page by page; a
   * follow-up plan for each whose owner is active and who has no open follow-up plan.
   */
  async planStaleCustomers(
    now: Date,
  ): Promise<{ planned: number; alreadyPlanned: number; ownerInactive: number }> {
    const type = await this.types.byCode(FOLLOW_UP_TYPE);
    const rules = await this.cycles.find({ order: { intervalDays: 'ASC', id: 'ASC' } });
    const counts = { planned: 0, alreadyPlanned: 0, ownerInactive: 0 };
    const handled = new Set<number>();
    for (const rule of rules) {
      const before = new Date(now.getTime() - rule.intervalDays * DAY_MS);
      for (let afterId = 0; ;) {
        const due = await this.contacts.dueForContact({
          field: rule.basis === 'level' ? 'level' : 'statusTag',
          code: rule.code,
          before,
          afterId,
          limit: BATCH,
        });
        if (due.length === 0) break;
        afterId = due[due.length - 1].id;
        const fresh = due.filter((customer) => !handled.has(customer.id));
        fresh.forEach((customer) => handled.add(customer.id));
        await this.planBatch(fresh, type.id, rule, now, counts);
      }
    }
    return counts;
  }

  private async planBatch(
    due: { id: number; ownerId: number }[],
    typeId: number,
    rule: FollowUpCycle,
    now: Date,
    counts: { planned: number; alreadyPlanned: number; ownerInactive: number },
  ): Promise<void> {
    if (due.length === 0) return;
    const open = await this.plans.find({
      select: { customerId: true },
      where: { customerId: In(due.map((c) => c.id)), typeId, status: 'open' },
    });
    const planned = new Set(open.map((plan) => plan.customerId));
    const owners = await this.users.findMany(due.map((c) => c.ownerId));
    const active = new Set(
      owners.filter((owner) => owner.status === 'active').map((owner) => owner.id),
    );
    const rows = [];
    for (const customer of due) {
      if (planned.has(customer.id)) counts.alreadyPlanned += 1;
      else if (!active.has(customer.ownerId)) counts.ownerInactive += 1;
      else {
        rows.push({
          customerId: customer.id,
          typeId,
          content: `例行跟进：${rule.basis === 'level' ? '级别' : '状态'} ${rule.code}，${rule.intervalDays} 天未联系`,
          dueAt: now,
          ownerId: customer.ownerId,
          assigneeId: customer.ownerId,
          remindBySms: false,
          status: 'open' as const,
          origin: 'cycle' as const,
        });
      }
    }
    // Rows per INSERT stay well under every driver's limit of parameters per statement.
    for (let i = 0; i < rows.length; i += 100) await this.plans.insert(rows.slice(i, i + 100));
    counts.planned += rows.length;
  }
}
