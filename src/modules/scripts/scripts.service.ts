import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { CoursesService } from '../classes/courses.service';
import type { CreateScriptDto } from './dto/create-script.dto';
import type { UpdateScriptDto } from './dto/update-script.dto';
import { ScriptVersion } from './entities/script-version.entity';
import { Script } from './entities/script.entity';
import { ScriptIndex } from './script-index';
import { ScriptViews } from './script-views';
import type { ScriptView } from './script.view';

/** What a version holds, and what an edit may change: each is compared for `changes`. */
const CONTENT = [
  'courseId',
  'situation',
  'title',
  'body',
  'tags',
  'forNewStaff',
  'readingOrder',
] as const;
type Content = Pick<Script, (typeof CONTENT)[number]>;
/** The fields the search index is built from. */
const SEARCHED: readonly (typeof CONTENT)[number][] = ['title', 'body', 'tags'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The script library (常用术语集, §7): scripts written by editors (admins, managers and the
 * staff granted Script:update), each edit kept as a new version with its author and time,
 * deleted softly; read by all staff.
 */
@Injectable()
export class ScriptsService {
  constructor(
    @InjectRepository(Script) private readonly scripts: Repository<Script>,
    private readonly views: ScriptViews,
    private readonly index: ScriptIndex,
    private readonly courses: CoursesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(id: number): Promise<ScriptView> {
    return this.views.one(await this.live(this.scripts.manager, id));
  }

  async create(principal: Principal, dto: CreateScriptDto): Promise<ScriptView> {
    const script = await this.scripts.manager.transaction(async (m) => {
      const content: Content = {
        courseId: dto.courseId ?? null,
        situation: dto.situation,
        title: dto.title,
        body: dto.body,
        tags: dto.tags ?? [],
        forNewStaff: dto.forNewStaff ?? false,
        readingOrder: dto.readingOrder ?? 0,
      };
      await this.assertCourse(m, content.courseId);
      const repository = m.getRepository(Script);
      const created = repository.create({
        ...content,
        revision: 1,
        createdById: principal.id,
        updatedById: principal.id,
        deletedAt: null,
        deletedById: null,
      });
      await repository.save(created);
      await this.writeVersion(m, created, [...CONTENT], principal.id);
      await this.index.write(m, created.id, content);
      await this.audit.record(
        { action: 'script.create', entityType: 'Script', entityId: created.id, after: content },
        m,
      );
      return created;
    });
    return this.get(script.id);
  }

  /**
   * Saves an edit as the script's next version; an edit that changes nothing writes none.
   * 409 when someone saved a change since `version` was read.
   */
  async update(principal: Principal, id: number, dto: UpdateScriptDto): Promise<ScriptView> {
    await this.scripts.manager.transaction(async (m) => {
      const script = await this.live(m, id);
      if (script.version !== dto.version) throw DomainError.staleVersion(msg('scripts.entity'));
      const { version: _version, ...given } = dto;
      const next: Content = { ...pick(script), ...defined(given) };
      const changed = CONTENT.filter((field) => !same(script[field], next[field]));
      if (!changed.length) return;
      if (changed.includes('courseId')) await this.assertCourse(m, next.courseId);
      const revision = script.revision + 1;
      await updateAtVersion(
        m,
        Script,
        script,
        { ...next, revision, updatedById: principal.id },
        msg('scripts.entity'),
      );
      await this.writeVersion(m, { ...script, ...next, revision }, changed, principal.id);
      if (changed.some((field) => SEARCHED.includes(field))) await this.index.write(m, id, next);
      await this.audit.record(
        {
          action: 'script.update',
          entityType: 'Script',
          entityId: id,
          before: only(pick(script), changed),
          after: only(next, changed),
          meta: { revision },
        },
        m,
      );
    });
    return this.get(id);
  }

  /** Deletes softly: gone from lists, search and reading lists; rows and versions kept. */
  async remove(principal: Principal, id: number): Promise<void> {
    await this.scripts.manager.transaction(async (m) => {
      const script = await this.live(m, id);
      await updateAtVersion(
        m,
        Script,
        script,
        { deletedAt: this.clock.now(), deletedById: principal.id },
        msg('scripts.entity'),
      );
      await this.index.remove(m, id);
      await this.audit.record(
        {
          action: 'script.delete',
          entityType: 'Script',
          entityId: id,
          before: { title: script.title, revision: script.revision },
        },
        m,
      );
    });
  }

  /** A script that is not deleted, or 404. */
  live(m: EntityManager, id: number): Promise<Script> {
    return findOrFail(m, Script, { id, deletedAt: IsNull() }, msg('scripts.entity'), {
      shownId: id,
    });
  }

  private async assertCourse(m: EntityManager, courseId: number | null): Promise<void> {
    if (courseId !== null) await this.courses.assertExist(m, [courseId], 'courseId');
  }

  private async writeVersion(
    m: EntityManager,
    script: Content & { id: number; revision: number },
    changes: string[],
    userId: number,
  ): Promise<void> {
    await m.getRepository(ScriptVersion).insert({
      ...pick(script),
      scriptId: script.id,
      revision: script.revision,
      changes,
      changedById: userId,
    });
  }
}

function pick(script: Content): Content {
  return Object.fromEntries(CONTENT.map((field) => [field, script[field]])) as Content;
}

/** The fields an edit gives: left out is kept; null (a course) is a change to null. */
function defined(given: Partial<Content>): Partial<Content> {
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
}

function only(content: Content, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, content[field as keyof Content]]));
}
