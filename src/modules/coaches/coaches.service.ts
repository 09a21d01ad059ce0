import { CalendarAnswers } from '../classes/calendar-answers';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import type { Page } from '../../common/pagination/page';
import { readPage } from '../../common/pagination/apply-page';
import { maskPhone } from '../../common/phone/mobile-number';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { CoursesService } from '../classes/courses.service';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CoachKind } from './coach-kind';
import { CoachViews } from './coach-views';
import type { CoachView } from './coach.view';
import type { CoachQueryDto } from './dto/coach-query.dto';
import type { CreateCoachDto } from './dto/create-coach.dto';
import type { UpdateCoachDto } from './dto/update-coach.dto';
import { CoachCourse } from './entities/coach-course.entity';
import { CoachKindRow } from './entities/coach-kind-row.entity';
import { Coach } from './entities/coach.entity';
import { filterCoaches } from './filter-coaches';

/** Fields only an external coach has: an internal one's come from their customer record. */
const EXTERNAL_FIELDS = ['name', 'mobile', 'organisation'] as const;

/**
 * Coaches and assistants (§5, §1.2 c): internal ones are former students and are read from
 * their customer record; external ones carry their own name and phone.
 */
@Injectable()
export class CoachesService {
  constructor(
    @InjectRepository(Coach) private readonly coaches: Repository<Coach>,
    private readonly views: CoachViews,
    private readonly courses: CoursesService,
    private readonly customers: CustomersApi,
    private readonly dictionary: DictionaryService,
    private readonly audit: AuditService,
    private readonly answers: CalendarAnswers,
  ) {}

  async list(query: CoachQueryDto): Promise<Page<CoachView>> {
    const rows = this.coaches.createQueryBuilder('c');
    filterCoaches(rows, query);
    if (query.active !== undefined) rows.andWhere('c.active = :active', { active: query.active });
    const page = await readPage(rows, query, { id: 'c.id' }, '-id', (row) => row);
    return { ...page, items: await this.views.of(page.items) };
  }

  async get(id: number): Promise<CoachView> {
    return this.views.one(await findOrFail(this.coaches, Coach, id, msg('entities.coach')));
  }

  async create(dto: CreateCoachDto): Promise<CoachView> {
    return this.answers.afterWrite(
      this.coaches.manager.transaction(async (m) => {
        const internal = dto.customerId !== undefined && dto.customerId !== null;
        const external = EXTERNAL_FIELDS.some(
          (field) => dto[field] !== undefined && dto[field] !== null,
        );
        if (internal && external) {
          throw DomainError.badRequest(
            msg('coaches.internalOrExternal'),
            [{ field: 'customerId', messages: [msg('coaches.internalOrExternal')] }],
            'VALIDATION_FAILED',
          );
        }
        if (internal) await this.assertCustomerFree(m, dto.customerId as number);
        else this.assertExternalComplete(dto);
        await this.assertReferences(m, dto);
        const repository = m.getRepository(Coach);
        const coach = repository.create({
          customerId: internal ? (dto.customerId as number) : null,
          name: internal ? null : (dto.name as string),
          mobile: internal ? null : (dto.mobile as string),
          organisation: internal ? null : (dto.organisation ?? null),
          levelCode: dto.levelCode,
          notes: dto.notes ?? null,
          active: true,
        });
        await repository.save(coach);
        await this.writeKinds(m, coach.id, dto.kinds);
        await this.writeCourses(m, coach.id, dto.courseIds ?? []);
        await this.audit.record(
          {
            action: 'coach.create',
            entityType: 'Coach',
            entityId: coach.id,
            after: this.audited(coach, dto.kinds, dto.courseIds ?? []),
          },
          m,
        );
        return this.views.one(coach, m);
      }),
    );
  }

  async update(id: number, dto: UpdateCoachDto): Promise<CoachView> {
    return this.answers.afterWrite(
      this.coaches.manager.transaction(async (m) => {
        const coach = await findOrFail(m, Coach, id, msg('entities.coach'));
        if (coach.version !== dto.version) throw DomainError.staleVersion(msg('entities.coach'));
        const { version: _version, kinds, courseIds, ...changes } = dto;
        if (coach.customerId !== null) this.assertNoExternalFields(changes);
        else this.assertExternalComplete({ ...coach, ...changes });
        await this.assertReferences(m, dto);
        const before = this.audited(coach, await this.kindsOf(m, id), await this.coursesOf(m, id));
        await updateAtVersion(m, Coach, coach, changes, msg('entities.coach'));
        if (kinds) await this.writeKinds(m, id, kinds, true);
        if (courseIds) await this.writeCourses(m, id, courseIds, true);
        const after = await findOrFail(m, Coach, id, msg('entities.coach'));
        await this.audit.record(
          {
            action: 'coach.update',
            entityType: 'Coach',
            entityId: id,
            before,
            after: this.audited(after, await this.kindsOf(m, id), await this.coursesOf(m, id)),
          },
          m,
        );
        return this.views.one(after, m);
      }),
    );
  }

  private async assertCustomerFree(m: EntityManager, customerId: number): Promise<void> {
    await this.customers.contactable(customerId, 'customerId', m);
    const existing = await m.getRepository(Coach).findOneBy({ customerId });
    if (existing) {
      throw DomainError.conflict(
        msg('coaches.alreadyCoach', { id: existing.id }),
        'DUPLICATE_COACH',
      );
    }
  }

  private assertExternalComplete(fields: { name?: string | null; mobile?: string | null }): void {
    const missing = (['name', 'mobile'] as const).filter((field) => !fields[field]);
    if (!missing.length) return;
    throw DomainError.badRequest(
      msg('coaches.externalNeedsNameAndMobile'),
      missing.map((field) => ({ field, messages: [msg('coaches.requiredForExternal')] })),
      'VALIDATION_FAILED',
    );
  }

  private assertNoExternalFields(
    changes: Partial<Record<(typeof EXTERNAL_FIELDS)[number], unknown>>,
  ) {
    const given = EXTERNAL_FIELDS.filter((field) => changes[field] !== undefined);
    if (!given.length) return;
    throw DomainError.unprocessable(
      msg('coaches.fromCustomerRecord'),
      given.map((field) => ({ field, messages: [msg('coaches.fromCustomerRecordDetail')] })),
      'FROM_CUSTOMER_RECORD',
    );
  }

  private async assertReferences(
    m: EntityManager,
    dto: { levelCode?: string; courseIds?: number[] },
  ): Promise<void> {
    if (dto.levelCode !== undefined)
      await this.dictionary.assertActive('coach_level', dto.levelCode, 'levelCode', m);
    if (dto.courseIds) await this.courses.assertExist(m, dto.courseIds, 'courseIds');
  }

  private async writeKinds(m: EntityManager, coachId: number, kinds: CoachKind[], replace = false) {
    const repository = m.getRepository(CoachKindRow);
    if (replace) await repository.delete({ coachId });
    if (kinds.length) await repository.insert(kinds.map((kind) => ({ coachId, kind })));
  }

  private async writeCourses(m: EntityManager, coachId: number, ids: number[], replace = false) {
    const repository = m.getRepository(CoachCourse);
    if (replace) await repository.delete({ coachId });
    if (ids.length) await repository.insert(ids.map((courseId) => ({ coachId, courseId })));
  }

  private async kindsOf(m: EntityManager, coachId: number): Promise<CoachKind[]> {
    const rows = await m.getRepository(CoachKindRow).findBy({ coachId });
    return rows.map((row) => row.kind).sort();
  }

  private async coursesOf(m: EntityManager, coachId: number): Promise<number[]> {
    const rows = await m.getRepository(CoachCourse).findBy({ coachId });
    return rows.map((row) => row.courseId).sort((a, b) => a - b);
  }

  /** What the audit keeps of a coach: an external one's phone masked, as everywhere else. */
  private audited(coach: Coach, kinds: CoachKind[], courseIds: number[]) {
    return { ...coach, mobile: maskPhone(coach.mobile), kinds: [...kinds].sort(), courseIds };
  }
}
