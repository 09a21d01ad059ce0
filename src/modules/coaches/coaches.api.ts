import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CoachKind } from './coach-kind';
import { CoachViews } from './coach-views';
import type { CoachView } from './coach.view';
import { CoachUnavailability } from './entities/coach-unavailability.entity';
import { CoachKindRow } from './entities/coach-kind-row.entity';
import { Coach } from './entities/coach.entity';
import { filterCoaches } from './filter-coaches';

/** Who may serve a class as what: a coach and the kind of service asked of them. */
export interface CoachService {
  coachId: number;
  kind: CoachKind;
}

/** Which coaches a search for available ones considers (GET /api/coaches/available). */
export interface CoachFilter {
  kind?: CoachKind;
  level?: string;
  courseId?: number;
}

/**
 * The coaches module's one door for other modules: classes check and show the coaches they
 * assign, and ask which are free, through it.
 */
@Injectable()
export class CoachesApi {
  constructor(
    @InjectRepository(Coach) private readonly coaches: Repository<Coach>,
    private readonly coachViews: CoachViews,
    private readonly dictionary: DictionaryService,
    private readonly customers: CustomersApi,
  ) {}

  /**
   * Refuses (422 on `field`) coaches that do not exist, are no longer active, or cannot serve
   * as the kind asked of them, naming each.
   */
  async assertCanServe(m: EntityManager, services: CoachService[], field: string): Promise<void> {
    const ids = [...new Set(services.map((service) => service.coachId))];
    if (!ids.length) return;
    const [rows, kinds] = await Promise.all([
      m.getRepository(Coach).find({ select: { id: true, active: true }, where: { id: In(ids) } }),
      m.getRepository(CoachKindRow).find({ where: { coachId: In(ids) } }),
    ]);
    const active = new Map(rows.map((row) => [row.id, row.active]));
    const can = new Set(kinds.map((row) => `${row.coachId}:${row.kind}`));
    const problems: ErrorDetail[] = [];
    services.forEach((service, index) => {
      const at = `${field}[${index}]`;
      if (!active.has(service.coachId))
        problems.push({
          field: at,
          messages: [
            msg('common.notFoundWithId', { what: msg('entities.coach'), id: service.coachId }),
          ],
        });
      else if (!active.get(service.coachId))
        problems.push({ field: at, messages: [msg('coaches.inactive', { id: service.coachId })] });
      else if (!can.has(`${service.coachId}:${service.kind}`))
        problems.push({
          field: at,
          messages: [
            msg('coaches.cannotServeAs', {
              id: service.coachId,
              kind: msg(`coaches.kinds.${service.kind}`),
            }),
          ],
        });
    });
    if (problems.length) {
      throw DomainError.unprocessable(msg('coaches.cannotServe'), problems, 'CANNOT_SERVE');
    }
  }

  /** The coach a customer is (an internal coach), or null. */
  async ofCustomer(customerId: number): Promise<CoachView | null> {
    const row = await this.coaches.findOneBy({ customerId });
    return row ? this.coachViews.one(row) : null;
  }

  /** The periods these coaches declared unavailable that overlap `from`–`to` (dates, inclusive). */
  unavailableBetween(
    m: EntityManager,
    coachIds: number[] | 'all',
    from: string,
    to: string,
  ): Promise<CoachUnavailability[]> {
    return m.getRepository(CoachUnavailability).find({
      where: {
        ...(coachIds === 'all' ? {} : { coachId: In(coachIds.length ? coachIds : [0]) }),
        fromDate: LessThanOrEqual(to),
        toDate: MoreThanOrEqual(from),
      },
      order: { fromDate: 'ASC', id: 'ASC' },
    });
  }

  /** The coaches as the API shows them, by id. */
  async views(ids: number[]): Promise<Map<number, CoachView>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.coaches.findBy({ id: In(unique) });
    return new Map((await this.coachViews.of(rows)).map((view) => [view.id, view]));
  }

  /**
   * The active coaches matching `filter`, as their id and level only: the candidates of an
   * availability question, which a company has a few thousand of at most.
   */
  async candidates(filter: CoachFilter): Promise<{ id: number; levelCode: string }[]> {
    const rows = this.coaches
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .addSelect('c.levelCode', 'levelCode')
      .where('c.active = :active', { active: true });
    filterCoaches(rows, filter);
    const found = await rows.getRawMany<{ id: number | string; levelCode: string }>();
    return found.map((row) => ({ id: Number(row.id), levelCode: row.levelCode }));
  }

  /** Each level code's rank, 0 the best: the dictionary lists levels from junior to most senior. */
  async levelRanks(): Promise<Map<string, number>> {
    const levels = await this.dictionary.list('coach_level', { includeInactive: true });
    return new Map(levels.map((level, i) => [level.code, levels.length - 1 - i]));
  }

  /** Name and level label of each coach, the least a calendar or a class shows of them. */
  async names(ids: number[]): Promise<Map<number, { id: number; name: string; level: string }>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.coaches.find({
      select: { id: true, name: true, customerId: true, levelCode: true },
      where: { id: In(unique) },
    });
    const [people, labels] = await Promise.all([
      this.customers.summaries(rows.flatMap((row) => (row.customerId ? [row.customerId] : []))),
      this.dictionary.labels('coach_level'),
    ]);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          name: (row.customerId ? people.get(row.customerId)?.name : row.name) ?? '',
          level: labels.get(row.levelCode) ?? row.levelCode,
        },
      ]),
    );
  }
}
