import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EntityManager,
  In,
  LessThanOrEqual,
  MoreThanOrEqual,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CoachKind } from './coach-kind';
import { CoachViews } from './coach-views';
import type { CoachView } from './coach.view';
import { CoachCourse } from './entities/coach-course.entity';
import { CoachKindRow } from './entities/coach-kind-row.entity';
import { CoachUnavailability } from './entities/coach-unavailability.entity';
import { Coach } from './entities/coach.entity';

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
   * Active coaches matching `filter` for whom `busy(alias)` finds nothing (a condition the
   * caller writes over its own tables) and who declared no unavailable period overlapping
   * `from`–`to`: the best level first (the level dictionary's order, last entry best), then by
   * id, one page.
   */
  async freePage(
    filter: CoachFilter,
    from: string,
    to: string,
    busy: (coaches: SelectQueryBuilder<Coach>, alias: string) => string,
    page: { offset: number; limit: number },
    /** the values `busy`'s condition names */
    busyParameters: Record<string, unknown> = {},
  ): Promise<{ items: CoachView[]; total: number }> {
    const rows = this.coaches
      .createQueryBuilder('c')
      .where('c.active = :active', { active: true })
      .setParameters(busyParameters);
    if (filter.kind) {
      rows.andWhere(
        `EXISTS ${rows.subQuery().select('1').from(CoachKindRow, 'k').where('k.coachId = c.id').andWhere('k.kind = :kind').getQuery()}`,
        { kind: filter.kind },
      );
    }
    if (filter.courseId) {
      rows.andWhere(
        `EXISTS ${rows.subQuery().select('1').from(CoachCourse, 'q').where('q.coachId = c.id').andWhere('q.courseId = :courseId').getQuery()}`,
        { courseId: filter.courseId },
      );
    }
    if (filter.level) rows.andWhere('c.levelCode = :level', { level: filter.level });
    rows.andWhere(
      `NOT EXISTS ${rows.subQuery().select('1').from(CoachUnavailability, 'u').where('u.coachId = c.id').andWhere('u.fromDate <= :to').andWhere('u.toDate >= :from').getQuery()}`,
      { from, to },
    );
    rows.andWhere(`NOT (${busy(rows, 'c')})`);
    const total = await rows.getCount();
    const ranks = await this.levelRanks();
    const rank = ranks.length
      ? `CASE ${ranks.map((_, i) => `WHEN c.levelCode = :level${i} THEN ${i}`).join(' ')} ELSE ${ranks.length} END`
      : '0';
    ranks.forEach((code, i) => rows.setParameter(`level${i}`, code));
    const found = await rows
      .addSelect(rank, 'level_rank')
      .orderBy('level_rank', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { items: await this.coachViews.of(found), total };
  }

  /** Level codes, best first: the dictionary lists levels from junior to most senior. */
  private async levelRanks(): Promise<string[]> {
    const levels = await this.dictionary.list('coach_level', { includeInactive: true });
    return levels.map((level) => level.code).reverse();
  }
}
