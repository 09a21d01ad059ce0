import { CalendarAnswers } from '../classes/calendar-answers';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { findOrFail } from '../../database/find-or-fail';
import type { CoachUnavailabilityView } from './coach-unavailability.view';
import type { CreateUnavailabilityDto } from './dto/create-unavailability.dto';
import { CoachUnavailability } from './entities/coach-unavailability.entity';
import { Coach } from './entities/coach.entity';

/** The periods one coach's list shows: the latest first, at most this many. */
const LISTED = 200;

function viewOf(period: CoachUnavailability): CoachUnavailabilityView {
  return {
    id: period.id,
    coachId: period.coachId,
    fromDate: period.fromDate,
    toDate: period.toDate,
    reason: period.reason,
    createdById: period.createdById,
    createdAt: period.createdAt,
  };
}

/** Periods coaches declared they cannot serve (§5): part of their busy time. */
@Injectable()
export class CoachUnavailabilityService {
  constructor(
    @InjectRepository(CoachUnavailability)
    private readonly periods: Repository<CoachUnavailability>,
    private readonly audit: AuditService,
    private readonly answers: CalendarAnswers,
  ) {}

  async list(coachId: number): Promise<CoachUnavailabilityView[]> {
    await findOrFail(this.periods.manager, Coach, coachId, msg('entities.coach'));
    const periods = await this.periods.find({
      where: { coachId },
      order: { fromDate: 'DESC', id: 'DESC' },
      take: LISTED,
    });
    return periods.map(viewOf);
  }

  async add(
    principal: Principal,
    coachId: number,
    dto: CreateUnavailabilityDto,
  ): Promise<CoachUnavailabilityView> {
    if (dto.toDate < dto.fromDate) {
      throw DomainError.badRequest(
        msg('coaches.periodReversed'),
        [{ field: 'toDate', messages: [msg('coaches.periodReversed')] }],
        'VALIDATION_FAILED',
      );
    }
    return this.answers.afterWrite(
      this.periods.manager.transaction(async (m) => {
        await findOrFail(m, Coach, coachId, msg('entities.coach'));
        const repository = m.getRepository(CoachUnavailability);
        const period = repository.create({
          coachId,
          fromDate: dto.fromDate,
          toDate: dto.toDate,
          reason: dto.reason ?? null,
          createdById: principal.id,
        });
        await repository.save(period);
        await this.audit.record(
          {
            action: 'coach.unavailability.add',
            entityType: 'Coach',
            entityId: coachId,
            after: { ...period },
          },
          m,
        );
        return viewOf(period);
      }),
    );
  }

  async remove(coachId: number, id: number): Promise<void> {
    await this.answers.afterWrite(
      this.periods.manager.transaction(async (m) => {
        const repository = m.getRepository(CoachUnavailability);
        const period = await repository.findOneBy({ id, coachId });
        if (!period) {
          throw DomainError.notFound(msg('entities.coachUnavailability'), id);
        }
        await repository.delete({ id });
        await this.audit.record(
          {
            action: 'coach.unavailability.remove',
            entityType: 'Coach',
            entityId: coachId,
            before: { ...period },
          },
          m,
        );
      }),
    );
  }
}
