import { CalendarAnswers } from './calendar-answers';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsWhere, In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import type { CourseQueryDto } from './dto/course-query.dto';
import type { CreateCourseDto } from './dto/create-course.dto';
import type { UpdateCourseDto } from './dto/update-course.dto';
import { Course } from './entities/course.entity';
import { TrainingClass } from './entities/training-class.entity';

/**
 * The most courses there may be: the list is answered whole (every drop-down of courses
 * takes it), so it must stay one small read. A company runs a dozen.
 */
export const MAX_COURSES = 200;

/** What a main-line course keeps whatever is sent: all but its fee and description. */
const MAIN_LINE_FIELDS = ['name', 'sortOrder', 'active'] as const;

/**
 * The courses (§9.1): the main line (TR1 → TR2 → TA) is fixed — only its fees and
 * descriptions change — and the tool courses are the admins' to add, edit and retire.
 */
@Injectable()
export class CoursesService {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    private readonly audit: AuditService,
    private readonly answers: CalendarAnswers,
  ) {}

  list(query: CourseQueryDto): Promise<Course[]> {
    const where: FindOptionsWhere<Course> = {};
    if (query.kind) where.kind = query.kind;
    if (query.active !== undefined) where.active = query.active;
    return this.courses.find({ where, order: { sortOrder: 'ASC', id: 'ASC' }, take: MAX_COURSES });
  }

  /** Code and name of each course by id, for showing what others refer to. */
  async refs(ids: number[]): Promise<Map<number, Pick<Course, 'id' | 'code' | 'name'>>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.courses.find({
      select: { id: true, code: true, name: true },
      where: { id: In(unique) },
    });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Refuses (400 on `field`) any id that is not a course. */
  async assertExist(manager: EntityManager, ids: number[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const found = await manager
      .getRepository(Course)
      .find({ select: { id: true }, where: { id: In(unique) } });
    const known = new Set(found.map((row) => row.id));
    const missing = unique.filter((id) => !known.has(id));
    if (missing.length) {
      const text = msg('common.notFoundWithId', { what: msg('entities.course'), id: missing[0] });
      throw DomainError.badRequest(text, [{ field, messages: [text] }], 'VALIDATION_FAILED');
    }
  }

  get(id: number): Promise<Course> {
    return findOrFail(this.courses, Course, id, msg('entities.course'));
  }

  /** A course a new class may be of: one that exists and is not retired. */
  async usable(manager: EntityManager, id: number, field: string): Promise<Course> {
    const course = await manager.getRepository(Course).findOneBy({ id });
    if (!course) {
      throw DomainError.badRequest(
        msg('common.notFoundWithId', { what: msg('entities.course'), id }),
        [{ field, messages: [msg('common.notFoundWithId', { what: msg('entities.course'), id })] }],
        'VALIDATION_FAILED',
      );
    }
    if (!course.active) {
      throw DomainError.unprocessable(
        msg('courses.retired', { name: course.name }),
        [{ field, messages: [msg('courses.retiredDetail')] }],
        'COURSE_RETIRED',
      );
    }
    return course;
  }

  async create(dto: CreateCourseDto): Promise<Course> {
    return this.answers.afterWrite(
      this.courses.manager.transaction(async (m) => {
        const repository = m.getRepository(Course);
        if (await repository.existsBy({ code: dto.code })) {
          throw DomainError.conflict(
            msg('courses.codeTaken', { code: dto.code }),
            'DUPLICATE_CODE',
          );
        }
        if ((await repository.count()) >= MAX_COURSES) {
          throw DomainError.unprocessable(
            msg('courses.tooMany', { limit: MAX_COURSES }),
            undefined,
            'TOO_MANY_COURSES',
          );
        }
        const last = await repository.find({ order: { sortOrder: 'DESC' }, take: 1 });
        const course = repository.create({
          code: dto.code,
          name: dto.name,
          kind: 'tool',
          stage: null,
          defaultFeeFen: dto.defaultFeeFen ?? 0,
          description: dto.description ?? null,
          active: true,
          sortOrder: dto.sortOrder ?? (last[0]?.sortOrder ?? 0) + 10,
        });
        await repository.save(course);
        await this.audit.record(
          {
            action: 'course.create',
            entityType: 'Course',
            entityId: course.id,
            after: { ...course },
          },
          m,
        );
        return course;
      }),
    );
  }

  async update(id: number, dto: UpdateCourseDto): Promise<Course> {
    return this.answers.afterWrite(
      this.courses.manager.transaction(async (m) => {
        const course = await findOrFail(m, Course, id, msg('entities.course'));
        if (course.version !== dto.version) throw DomainError.staleVersion(msg('entities.course'));
        const { version: _version, stage, ...changes } = dto;
        this.assertStageKept(course, stage);
        if (course.kind === 'main') this.assertMainLineKept(course, changes);
        const before = { ...course };
        await updateAtVersion(m, Course, course, changes, msg('entities.course'));
        const after = await findOrFail(m, Course, id, msg('entities.course'));
        await this.audit.record(
          {
            action: 'course.update',
            entityType: 'Course',
            entityId: id,
            before,
            after: { ...after },
          },
          m,
        );
        return after;
      }),
    );
  }

  /** Removes a tool course no class used; one with classes is retired instead (409 says so). */
  async remove(id: number): Promise<void> {
    await this.answers.afterWrite(
      this.courses.manager.transaction(async (m) => {
        const course = await findOrFail(m, Course, id, msg('entities.course'));
        if (course.kind === 'main') throw this.mainLineFixed(course, []);
        if (await m.getRepository(TrainingClass).existsBy({ courseId: id })) {
          throw DomainError.conflict(msg('courses.inUse', { name: course.name }), 'IN_USE');
        }
        await m.getRepository(Course).delete({ id });
        await this.audit.record(
          { action: 'course.delete', entityType: 'Course', entityId: id, before: { ...course } },
          m,
        );
      }),
    );
  }

  /** No course changes stage: the main line's are fixed, and a tool course has none. */
  private assertStageKept(course: Course, stage: UpdateCourseDto['stage']): void {
    if (stage === undefined || stage === course.stage) return;
    if (course.kind === 'main') throw this.mainLineFixed(course, ['stage']);
    throw DomainError.unprocessable(
      msg('courses.stageFixed'),
      [{ field: 'stage', messages: [msg('courses.stageFixed')] }],
      'STAGE_FIXED',
    );
  }

  private assertMainLineKept(course: Course, changes: Partial<Course>): void {
    const changed = MAIN_LINE_FIELDS.filter(
      (field) => changes[field] !== undefined && changes[field] !== course[field],
    );
    if (changed.length) throw this.mainLineFixed(course, changed);
  }

  private mainLineFixed(course: Course, fields: readonly string[]): DomainError {
    return DomainError.unprocessable(
      msg('courses.mainLineFixed', { name: course.name }),
      fields.length
        ? fields.map((field) => ({ field, messages: [msg('courses.mainLineFixedDetail')] }))
        : undefined,
      'MAIN_LINE_FIXED',
    );
  }
}
