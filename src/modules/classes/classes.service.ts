import { CalendarAnswers } from './calendar-answers';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import type { Page } from '../../common/pagination/page';
import { readPage } from '../../common/pagination/apply-page';
import { updateAtVersion } from '../../database/update-at-version';
import { RegionService } from '../dictionary/region.service';
import { assertClassFacts } from './class-facts';
import { CLASS_TRANSITIONS, CLOSED_STATUSES, type ClassStatus } from './class-status';
import { ClassView } from './class.view';
import type { ClassDetailView } from './class-detail.view';
import { ClassDetails } from './class-details';
import { ClassStaffing } from './staff/class-staffing';
import { ClassRows } from './class-rows';
import { CoursesService } from './courses.service';
import type { ClassQueryDto } from './dto/class-query.dto';
import type { ClassStatusDto } from './dto/class-status.dto';
import type { CreateClassDto } from './dto/create-class.dto';
import type { UpdateClassDto } from './dto/update-class.dto';
import type { Course } from './entities/course.entity';
import { TrainingClass } from './entities/training-class.entity';

/**
 * Classes (§9.2): formed by coordinators and filled in over time; their status moves only
 * along CLASS_TRANSITIONS, and a finished or cancelled class keeps its facts (notes aside).
 */
@Injectable()
export class ClassesService {
  constructor(
    @InjectRepository(TrainingClass) private readonly classes: Repository<TrainingClass>,
    private readonly courses: CoursesService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly answers: CalendarAnswers,
    private readonly staffing: ClassStaffing,
    private readonly details: ClassDetails,
    private readonly rows: ClassRows,
  ) {}

  list(query: ClassQueryDto): Promise<Page<ClassView>> {
    if (query.from && query.to && query.from > query.to) {
      throw DomainError.badRequest(
        msg('common.periodEmpty'),
        [{ field: 'from', messages: [msg('common.mustBeBeforeTo')] }],
        'VALIDATION_FAILED',
      );
    }
    const rows = this.classes.createQueryBuilder('c').innerJoinAndSelect('c.course', 'course');
    if (query.courseId) rows.andWhere('c.courseId = :courseId', { courseId: query.courseId });
    if (query.stage) rows.andWhere('course.stage = :stage', { stage: query.stage });
    if (query.kind) rows.andWhere('course.kind = :kind', { kind: query.kind });
    if (query.status) rows.andWhere('c.status = :status', { status: query.status });
    if (query.provinceCode)
      rows.andWhere('c.provinceCode = :provinceCode', { provinceCode: query.provinceCode });
    if (query.cityCode) rows.andWhere('c.cityCode = :cityCode', { cityCode: query.cityCode });
    // Classes that run at some time in the period: they end on or after its start and begin
    // on or before its end.
    if (query.from) rows.andWhere('c.endDate >= :from', { from: query.from });
    if (query.to) rows.andWhere('c.startDate <= :to', { to: query.to });
    return readPage(
      rows,
      query,
      { startDate: 'c.startDate', term: 'c.term' },
      '-startDate',
      (row) => ClassView.of(row, row.course as Course),
    );
  }

  async get(id: number): Promise<ClassDetailView> {
    const row = await this.rows.find(this.classes.manager, id);
    return this.details.of(this.classes.manager, row);
  }

  async create(principal: Principal, dto: CreateClassDto): Promise<ClassView> {
    return this.answers.afterWrite(
      this.classes.manager.transaction(async (m) => {
        const course = await this.courses.usable(m, dto.courseId, 'courseId');
        const facts = {
          startDate: dto.startDate,
          endDate: dto.endDate,
          firstWeekDate: dto.firstWeekDate ?? null,
          lastWeekDate: dto.lastWeekDate ?? null,
          provinceCode: dto.provinceCode ?? null,
          cityCode: dto.cityCode ?? null,
        };
        assertClassFacts(facts, this.regions);
        await this.assertTermFree(m, course, dto.term);
        const repository = m.getRepository(TrainingClass);
        const row = repository.create({
          ...facts,
          courseId: course.id,
          term: dto.term,
          venue: dto.venue ?? null,
          capacity: dto.capacity ?? null,
          notes: dto.notes ?? null,
          status: 'planning',
          createdById: principal.id,
        });
        await repository.save(row);
        await this.audit.record(
          { action: 'class.create', entityType: 'Class', entityId: row.id, after: { ...row } },
          m,
        );
        return ClassView.of(row, course);
      }),
    );
  }

  async update(principal: Principal, id: number, dto: UpdateClassDto): Promise<ClassView> {
    return this.answers.afterWrite(
      this.classes.manager.transaction(async (m) => {
        const row = await this.rows.atVersion(m, id, dto.version);
        const { version: _version, forceReason, ...changes } = dto;
        if (CLOSED_STATUSES.includes(row.status)) this.assertOnlyNotes(row, changes);
        const { course, ...before } = row;
        const merged = { ...before, ...changes };
        assertClassFacts(merged, this.regions);
        if (changes.term !== undefined && changes.term !== row.term)
          await this.assertTermFree(m, course as Course, changes.term);
        await updateAtVersion(m, TrainingClass, row, changes, msg('entities.trainingClass'));
        const after = await this.rows.find(m, id);
        if (after.startDate !== row.startDate || after.endDate !== row.endDate)
          await this.staffing.datesMoved(m, principal, after, forceReason);
        const { course: _course, ...afterRow } = after;
        await this.audit.record(
          { action: 'class.update', entityType: 'Class', entityId: id, before, after: afterRow },
          m,
        );
        return ClassView.of(after, after.course as Course);
      }),
    );
  }

  /** Moves a class to another status, if its present one may go there (CLASS_TRANSITIONS). */
  async changeStatus(id: number, dto: ClassStatusDto): Promise<ClassView> {
    return this.answers.afterWrite(
      this.classes.manager.transaction(async (m) => {
        const row = await this.rows.atVersion(m, id, dto.version);
        const allowed = CLASS_TRANSITIONS[row.status];
        if (!allowed.includes(dto.status)) {
          const statusName = (status: ClassStatus) => msg(`classes.status.${status}`);
          const next = allowed.length
            ? msg('classes.allowedNext', { statuses: allowed.map(statusName) })
            : msg('classes.noNext', { from: statusName(row.status) });
          throw DomainError.unprocessable(
            msg('classes.badTransition', {
              from: statusName(row.status),
              to: statusName(dto.status),
              allowed: next,
            }),
            [{ field: 'status', messages: [next] }],
            'BAD_TRANSITION',
          );
        }
        await updateAtVersion(
          m,
          TrainingClass,
          row,
          { status: dto.status },
          msg('entities.trainingClass'),
        );
        if (dto.status === 'cancelled') await this.staffing.released(m, id);
        const after = await this.rows.find(m, id);
        await this.audit.record(
          {
            action: 'class.status',
            entityType: 'Class',
            entityId: id,
            before: { status: row.status },
            after: { status: after.status },
          },
          m,
        );
        return ClassView.of(after, after.course as Course);
      }),
    );
  }

  private async assertTermFree(m: EntityManager, course: Course, term: number): Promise<void> {
    if (await m.getRepository(TrainingClass).existsBy({ courseId: course.id, term })) {
      throw DomainError.conflict(
        msg('classes.termTaken', { course: course.name, term }),
        'DUPLICATE_TERM',
      );
    }
  }

  /** A finished or cancelled class keeps its facts; its notes may still be written. */
  private assertOnlyNotes(row: TrainingClass, changes: Partial<TrainingClass>): void {
    const changed = Object.entries(changes)
      .filter(([field, value]) => field !== 'notes' && value !== undefined)
      .filter(([field, value]) => row[field as keyof TrainingClass] !== value)
      .map(([field]) => field);
    if (!changed.length) return;
    throw DomainError.unprocessable(
      msg('classes.closed', { status: msg(`classes.status.${row.status}`) }),
      changed.map((field) => ({ field, messages: [msg('classes.closedDetail')] })),
      'CLASS_CLOSED',
    );
  }
}
