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
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { RegionService } from '../dictionary/region.service';
import { assertClassFacts } from './class-facts';
import { CLASS_TRANSITIONS, type ClassStatus } from './class-status';
import { ClassView } from './class.view';
import { Clock } from '../../common/clock';
import type { ClassDetailView } from './class-detail.view';
import { ClassDetails } from './class-details';
import { ClassGroups } from './class-groups';
import { ClassStaffing, type StaffAssignment } from './class-staffing';
import type { ClassGroupsDto } from './dto/class-groups.dto';
import type { ClassStaffDto } from './dto/class-staff.dto';
import { ClassGroup } from './entities/class-group.entity';
import { ClassStaff } from './entities/class-staff.entity';
import { CoursesService } from './courses.service';
import type { ClassQueryDto } from './dto/class-query.dto';
import type { ClassStatusDto } from './dto/class-status.dto';
import type { CreateClassDto } from './dto/create-class.dto';
import type { UpdateClassDto } from './dto/update-class.dto';
import type { Course } from './entities/course.entity';
import { TrainingClass } from './entities/training-class.entity';

const CLOSED: readonly ClassStatus[] = ['finished', 'cancelled'];

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
    private readonly groups: ClassGroups,
    private readonly details: ClassDetails,
    private readonly clock: Clock,
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
    const row = await this.find(this.classes.manager, id);
    return this.details.of(this.classes.manager, row);
  }

  /** Sets the class's head coach and staff (§9.2), clashes refused unless a manager forces. */
  async replaceStaff(
    principal: Principal,
    id: number,
    dto: ClassStaffDto,
  ): Promise<ClassDetailView> {
    return this.answers.afterWrite(
      this.classes.manager.transaction(async (m) => {
        const row = await this.findAtVersion(m, id, dto.version);
        this.assertOpen(row);
        const staff: StaffAssignment[] = [
          ...(dto.headCoachId ? [{ coachId: dto.headCoachId, role: 'head_coach' as const }] : []),
          ...dto.members,
        ];
        const seen = new Set<number>();
        const repeated = staff.findIndex((member) => seen.size === seen.add(member.coachId).size);
        if (repeated >= 0) {
          throw DomainError.badRequest(
            msg('classes.duplicateStaff'),
            [
              {
                field: dto.headCoachId ? `members[${repeated - 1}]` : `members[${repeated}]`,
                messages: [msg('classes.duplicateStaff')],
              },
            ],
            'VALIDATION_FAILED',
          );
        }
        const before = await m.getRepository(ClassStaff).findBy({ classId: id });
        await this.staffing.replace(m, principal, row, staff, dto.forceReason);
        await this.groups.dropFormerAssistants(m, id);
        await this.touch(m, row);
        await this.audit.record(
          {
            action: 'class.staff',
            entityType: 'Class',
            entityId: id,
            before: { staff: before.map(({ coachId, role }) => ({ coachId, role })) },
            after: { staff: staff.map(({ coachId, role }) => ({ coachId, role })) },
          },
          m,
        );
        return this.details.of(m, await this.find(m, id));
      }),
    );
  }

  /** Sets the class's groups and their assistants (§9.2 课程分组). */
  async replaceGroups(id: number, dto: ClassGroupsDto): Promise<ClassDetailView> {
    return this.answers.afterWrite(
      this.classes.manager.transaction(async (m) => {
        const row = await this.findAtVersion(m, id, dto.version);
        this.assertOpen(row);
        const before = await m.getRepository(ClassGroup).findBy({ classId: id });
        await this.groups.replace(m, id, dto.groups);
        await this.touch(m, row);
        const after = await m.getRepository(ClassGroup).findBy({ classId: id });
        await this.audit.record(
          {
            action: 'class.groups',
            entityType: 'Class',
            entityId: id,
            before: { groups: before },
            after: { groups: after },
          },
          m,
        );
        return this.details.of(m, await this.find(m, id));
      }),
    );
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
        const row = await this.findAtVersion(m, id, dto.version);
        const { version: _version, forceReason, ...changes } = dto;
        if (CLOSED.includes(row.status)) this.assertOnlyNotes(row, changes);
        const { course, ...before } = row;
        const merged = { ...before, ...changes };
        assertClassFacts(merged, this.regions);
        if (changes.term !== undefined && changes.term !== row.term)
          await this.assertTermFree(m, course as Course, changes.term);
        await updateAtVersion(m, TrainingClass, row, changes, msg('entities.trainingClass'));
        const after = await this.find(m, id);
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
        const row = await this.findAtVersion(m, id, dto.version);
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
        const after = await this.find(m, id);
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

  private async findAtVersion(m: EntityManager, id: number, version: number) {
    const row = await this.find(m, id);
    if (row.version !== version) throw DomainError.staleVersion(msg('entities.trainingClass'));
    return row;
  }

  /** Staff and groups are part of the class: changing them moves its version on. */
  private async touch(m: EntityManager, row: TrainingClass): Promise<void> {
    await updateAtVersion(
      m,
      TrainingClass,
      row,
      { updatedAt: this.clock.now() },
      msg('entities.trainingClass'),
    );
  }

  /** A finished or cancelled class keeps its staff and groups as they were. */
  private assertOpen(row: TrainingClass): void {
    if (!CLOSED.includes(row.status)) return;
    throw DomainError.unprocessable(
      msg('classes.closed', { status: msg(`classes.status.${row.status}`) }),
      undefined,
      'CLASS_CLOSED',
    );
  }

  private find(manager: EntityManager, id: number): Promise<TrainingClass> {
    return findOrFail(manager, TrainingClass, id, msg('entities.trainingClass'), {
      relations: { course: true },
    });
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
