import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { CalendarAnswers } from '../calendar-answers';
import type { ClassDetailView } from '../class-detail.view';
import { ClassDetails } from '../class-details';
import { ClassRows } from '../class-rows';
import { ClassGroup } from '../entities/class-group.entity';
import { ClassStaff } from '../entities/class-staff.entity';
import { TrainingClass } from '../entities/training-class.entity';
import { ClassGroups } from './class-groups';
import { ClassStaffing, type StaffAssignment } from './class-staffing';
import type { ClassGroupsDto } from './dto/class-groups.dto';
import type { ClassStaffDto } from './dto/class-staff.dto';

/** Who serves a class (§9.2, §5): its head coach and staff, and its groups. */
@Injectable()
export class ClassTeamService {
  constructor(
    @InjectRepository(TrainingClass) private readonly classes: Repository<TrainingClass>,
    private readonly staffing: ClassStaffing,
    private readonly groups: ClassGroups,
    private readonly details: ClassDetails,
    private readonly rows: ClassRows,
    private readonly answers: CalendarAnswers,
    private readonly audit: AuditService,
  ) {}

  /** Sets the class's head coach and staff (§9.2), clashes refused unless a manager forces. */
  async replaceStaff(
    principal: Principal,
    id: number,
    dto: ClassStaffDto,
  ): Promise<ClassDetailView> {
    return this.answers.afterWrite(
      this.classes.manager.transaction(async (m) => {
        const row = await this.rows.atVersion(m, id, dto.version);
        this.rows.assertOpen(row);
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
        await this.rows.touch(m, row);
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
        return this.details.of(m, await this.rows.find(m, id));
      }),
    );
  }

  /** Sets the class's groups and their assistants (§9.2 课程分组). */
  async replaceGroups(id: number, dto: ClassGroupsDto): Promise<ClassDetailView> {
    return this.answers.afterWrite(
      this.classes.manager.transaction(async (m) => {
        const row = await this.rows.atVersion(m, id, dto.version);
        this.rows.assertOpen(row);
        const before = await m.getRepository(ClassGroup).findBy({ classId: id });
        await this.groups.replace(m, id, dto.groups);
        await this.rows.touch(m, row);
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
        return this.details.of(m, await this.rows.find(m, id));
      }),
    );
  }
}
