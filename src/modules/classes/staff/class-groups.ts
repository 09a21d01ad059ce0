import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { DomainError, type ErrorDetail } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import type { ClassGroupDto } from './dto/class-groups.dto';
import { ClassGroup } from '../entities/class-group.entity';
import { ClassStaff } from '../entities/class-staff.entity';

/**
 * A class's groups (§9.2 课程分组), each led by one of the class's assistants. Students join
 * them once enrolment exists; until then a group is its name and its assistant.
 */
@Injectable()
export class ClassGroups {
  /** Writes the groups as listed (ids keep existing groups; the unlisted ones go). */
  async replace(m: EntityManager, classId: number, groups: ClassGroupDto[]): Promise<void> {
    const repository = m.getRepository(ClassGroup);
    const existing = new Set((await repository.findBy({ classId })).map((group) => group.id));
    const assistants = await this.assistantsOf(m, classId);
    const problems: ErrorDetail[] = [];
    groups.forEach((group, index) => {
      if (group.id !== undefined && !existing.has(group.id))
        problems.push({
          field: `groups[${index}].id`,
          messages: [msg('classes.unknownGroup', { id: group.id })],
        });
      if (group.assistantId && !assistants.has(group.assistantId))
        problems.push({
          field: `groups[${index}].assistantId`,
          messages: [msg('classes.notAnAssistantDetail')],
        });
    });
    if (problems.length) {
      const unknown = problems.some((problem) => problem.field.endsWith('.id'));
      throw unknown
        ? DomainError.badRequest(problems[0].messages[0], problems, 'VALIDATION_FAILED')
        : DomainError.unprocessable(msg('classes.notAnAssistant'), problems, 'NOT_AN_ASSISTANT');
    }
    const kept = groups.flatMap((group) => (group.id !== undefined ? [group.id] : []));
    await repository.delete(kept.length ? { classId, id: Not(In(kept)) } : { classId });
    for (const [index, group] of groups.entries()) {
      const fields = {
        name: group.name,
        assistantCoachId: group.assistantId ?? null,
        sortOrder: (index + 1) * 10,
      };
      if (group.id !== undefined) await repository.update({ id: group.id }, fields);
      else await repository.insert({ classId, ...fields });
    }
  }

  /** A new staff may leave groups led by someone no longer an assistant of the class: unled. */
  async dropFormerAssistants(m: EntityManager, classId: number): Promise<void> {
    const assistants = [...(await this.assistantsOf(m, classId))];
    await m
      .getRepository(ClassGroup)
      .update(
        assistants.length
          ? { classId, assistantCoachId: Not(In(assistants)) }
          : { classId, assistantCoachId: Not(0) },
        { assistantCoachId: null },
      );
  }

  private async assistantsOf(m: EntityManager, classId: number): Promise<Set<number>> {
    const rows = await m.getRepository(ClassStaff).findBy({ classId, role: 'assistant' });
    return new Set(rows.map((row) => row.coachId));
  }
}
