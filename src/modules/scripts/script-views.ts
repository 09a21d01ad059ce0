import { Injectable } from '@nestjs/common';
import { translate } from '../../common/i18n/translate';
import { msg } from '../../common/i18n/msg';
import { UsersService } from '../../users/users.service';
import { CoursesService } from '../classes/courses.service';
import type { ScriptVersion } from './entities/script-version.entity';
import type { Script } from './entities/script.entity';
import type { ScriptAuthorView } from './script-author.view';
import type { ScriptCourseView } from './script-course.view';
import type { ScriptSituation } from './script-situation';
import type { ScriptSummaryView } from './script-summary.view';
import type { ScriptVersionSummaryView } from './script-version-summary.view';
import type { ScriptVersionView } from './script-version.view';
import type { ScriptView } from './script.view';

type Names = Map<number, ScriptAuthorView>;
type Courses = Map<number, ScriptCourseView>;

/** Scripts and their versions as the API shows them: authors and courses by name, in one read each. */
@Injectable()
export class ScriptViews {
  constructor(
    private readonly users: UsersService,
    private readonly courses: CoursesService,
  ) {}

  async summaries(scripts: Script[]): Promise<ScriptSummaryView[]> {
    const [names, courses] = await Promise.all([
      this.names(scripts.map((s) => s.updatedById)),
      this.courseRefs(scripts.map((s) => s.courseId)),
    ]);
    return scripts.map((script) => this.summary(script, names, courses));
  }

  async one(script: Script): Promise<ScriptView> {
    const [names, courses] = await Promise.all([
      this.names([script.updatedById, script.createdById]),
      this.courseRefs([script.courseId]),
    ]);
    return {
      ...this.summary(script, names, courses),
      body: script.body,
      createdAt: script.createdAt,
      createdBy: this.author(names, script.createdById),
      version: script.version,
    };
  }

  async versionSummaries(versions: ScriptVersion[]): Promise<ScriptVersionSummaryView[]> {
    const names = await this.names(versions.map((v) => v.changedById));
    return versions.map((version) => this.versionSummary(version, names));
  }

  async version(version: ScriptVersion, currentRevision: number): Promise<ScriptVersionView> {
    const [names, courses] = await Promise.all([
      this.names([version.changedById]),
      this.courseRefs([version.courseId]),
    ]);
    return {
      ...this.versionSummary(version, names),
      scriptId: version.scriptId,
      current: version.revision === currentRevision,
      course: version.courseId === null ? null : (courses.get(version.courseId) ?? null),
      situation: version.situation,
      situationLabel: situationLabel(version.situation),
      body: version.body,
      tags: version.tags,
      forNewStaff: version.forNewStaff,
      readingOrder: version.readingOrder,
    };
  }

  private summary(script: Script, names: Names, courses: Courses): ScriptSummaryView {
    return {
      id: script.id,
      course: script.courseId === null ? null : (courses.get(script.courseId) ?? null),
      situation: script.situation,
      situationLabel: situationLabel(script.situation),
      title: script.title,
      tags: script.tags,
      forNewStaff: script.forNewStaff,
      readingOrder: script.readingOrder,
      revision: script.revision,
      updatedAt: script.updatedAt,
      updatedBy: this.author(names, script.updatedById),
    };
  }

  private versionSummary(version: ScriptVersion, names: Names): ScriptVersionSummaryView {
    return {
      revision: version.revision,
      title: version.title,
      changes: version.changes,
      changedBy: this.author(names, version.changedById),
      changedAt: version.changedAt,
    };
  }

  private author(names: Names, id: number): ScriptAuthorView {
    return names.get(id) ?? { id, displayName: '' };
  }

  private async names(ids: number[]): Promise<Names> {
    const people = await this.users.staffMembers(ids);
    return new Map(people.map((p) => [p.id, { id: p.id, displayName: p.displayName }]));
  }

  private async courseRefs(ids: (number | null)[]): Promise<Courses> {
    const refs = await this.courses.refs(ids.filter((id): id is number => id !== null));
    return new Map([...refs.values()].map((c) => [c.id, { id: c.id, code: c.code, name: c.name }]));
  }
}

function situationLabel(situation: ScriptSituation): string {
  return translate(msg(`scripts.situations.${situation}`));
}
