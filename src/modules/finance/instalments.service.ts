import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { DEFAULT_LOCALE } from '../../common/i18n/locale';
import { translate } from '../../common/i18n/translate';
import { yuanFigure } from '../../common/money/yuan-figure';
import { NotificationsService } from '../../notifications/notifications.service';
import { UsersService } from '../../users/users.service';
import { InteractionsService } from '../interactions/interactions.service';
import type { InstalmentPlanDto } from './dto/instalment-plan.dto';
import { Instalment } from './entities/instalment.entity';
import { Receivable } from './entities/receivable.entity';
import { FinanceService } from './finance.service';
import type { ReceivableDetailView } from './receivable-detail.view';
import { PAYABLE } from './receivable-status';

/** Overdue instalments one run reminds of at most; the next run takes the rest. */
const BATCH = 500;
const HOUR_MS = 3600_000;

/**
 * Payment plans (回款计划, §4.2.3): a receivable split into instalments with due dates, and
 * the daily reminder of those past due: a plan in the enrolling coordinator's to-do and a
 * notice in finance's inbox, once per instalment.
 */
@Injectable()
export class InstalmentsService {
  constructor(
    @InjectRepository(Instalment) private readonly instalments: Repository<Instalment>,
    private readonly finance: FinanceService,
    private readonly interactions: InteractionsService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
  ) {}

  /** Replaces the receivable's plan: the whole amount due, in instalments of rising dates. */
  async plan(
    principal: Principal,
    receivableId: number,
    dto: InstalmentPlanDto,
  ): Promise<ReceivableDetailView> {
    await this.instalments.manager.transaction(async (m) => {
      const receivable = await this.finance.visible(principal, m, receivableId);
      if (!PAYABLE.includes(receivable.status)) {
        throw DomainError.conflict(
          msg('finance.notPlannable', { status: msg(`finance.status.${receivable.status}`) }),
          'NOT_PLANNABLE',
        );
      }
      const problems = dto.instalments.flatMap((instalment, i) =>
        i > 0 && instalment.dueDate <= dto.instalments[i - 1].dueDate
          ? [{ field: `instalments[${i}].dueDate`, messages: [msg('finance.planOrderDetail')] }]
          : [],
      );
      if (problems.length)
        throw DomainError.badRequest(msg('finance.planOrder'), problems, 'VALIDATION_FAILED');
      const total = dto.instalments.reduce((sum, instalment) => sum + instalment.amountFen, 0);
      if (total !== receivable.dueFen) {
        throw DomainError.unprocessable(
          msg('finance.planTotal', {
            total: yuanFigure(total),
            due: yuanFigure(receivable.dueFen),
          }),
          [{ field: 'instalments', messages: [msg('finance.planTotalDetail')] }],
          'PLAN_TOTAL',
        );
      }
      const repository = m.getRepository(Instalment);
      await repository.delete({ receivableId });
      let cumulative = 0;
      await repository.insert(
        dto.instalments.map((instalment, i) => {
          cumulative += instalment.amountFen;
          return {
            receivableId,
            seq: i + 1,
            dueDate: instalment.dueDate,
            amountFen: instalment.amountFen,
            cumulativeFen: cumulative,
            remindedAt: null,
          };
        }),
      );
      await this.finance.refreshNextDue(m, receivable);
      await this.audit.record(
        {
          action: 'receivable.plan',
          entityType: 'Receivable',
          entityId: receivableId,
          after: { instalments: dto.instalments.map((i) => [i.dueDate, i.amountFen]) },
        },
        m,
      );
    });
    return this.finance.get(principal, receivableId);
  }

  /**
   * Reminds of each instalment past due and not paid, once: a payment plan for the enrolling
   * coordinator and a notice to finance. Marking it reminded and reminding are one
   * transaction, so a second run (or replica) never reminds twice.
   */
  async remindOverdue(): Promise<{ reminded: number }> {
    const today = this.calendar.today().date;
    const due = await this.instalments
      .createQueryBuilder('i')
      .innerJoin(Receivable, 'r', 'r.id = i.receivableId')
      .where('i.dueDate < :today', { today })
      .andWhere('i.remindedAt IS NULL')
      .andWhere('i.cumulativeFen > r.paidFen')
      .andWhere('r.status IN (:...payable)', { payable: PAYABLE })
      .orderBy('i.dueDate', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(BATCH)
      .getMany();
    const deciders = await this.users.activeIdsWithRoles(['finance']);
    let reminded = 0;
    for (const instalment of due) {
      const done = await this.instalments.manager.transaction(async (m) => {
        const marked = await m
          .createQueryBuilder()
          .update(Instalment)
          .set({ remindedAt: this.clock.now() })
          .where('id = :id', { id: instalment.id })
          .andWhere('reminded_at IS NULL')
          .execute();
        if (marked.affected !== 1) return false;
        const receivable = await m
          .getRepository(Receivable)
          .findOneByOrFail({ id: instalment.receivableId });
        const owed = instalment.cumulativeFen - receivable.paidFen;
        await this.interactions.planFor(
          m,
          {
            customerId: receivable.customerId,
            typeCode: 'payment',
            assigneeId: receivable.coordinatorId,
            content: translate(
              msg('finance.overdueReminder', {
                seq: instalment.seq,
                date: instalment.dueDate,
                owed: yuanFigure(owed),
              }),
              DEFAULT_LOCALE,
            ),
            dueAt: new Date(this.clock.now().getTime() + HOUR_MS),
          },
          'enrolment',
        );
        await this.notifications.notifyUsers(
          deciders,
          {
            kind: 'instalment.overdue',
            data: { receivableId: receivable.id, seq: instalment.seq, owedFen: owed },
          },
          m,
        );
        return true;
      });
      if (done) reminded += 1;
    }
    return { reminded };
  }
}
