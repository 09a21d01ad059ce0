import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CoachesApi } from '../coaches/coaches.api';
import type { ClassCoachView } from './class-coach.view';
import type { ClassDetailView } from './class-detail.view';
import { ClassView } from './class.view';
import type { Course } from './entities/course.entity';
import { ClassGroup } from './entities/class-group.entity';
import { ClassStaff } from './entities/class-staff.entity';
import type { TrainingClass } from './entities/training-class.entity';
import { STAFF_MEMBER_ROLES, type StaffRole } from './staff/staff-role';

/** The order staff are listed in: the head coach, then by role as the catalogue lists them. */
const ROLE_ORDER: readonly StaffRole[] = ['head_coach', ...STAFF_MEMBER_ROLES];

/** A class with its staff and groups, read in three statements whatever their number. */
@Injectable()
export class ClassDetails {
  constructor(private readonly coaches: CoachesApi) {}

  async of(m: EntityManager, row: TrainingClass): Promise<ClassDetailView> {
    const [staff, groups] = await Promise.all([
      m.getRepository(ClassStaff).findBy({ classId: row.id }),
      m.getRepository(ClassGroup).find({
        where: { classId: row.id },
        order: { sortOrder: 'ASC', id: 'ASC' },
      }),
    ]);
    const names = await this.coaches.names([
      ...staff.map((member) => member.coachId),
      ...groups.flatMap((group) => (group.assistantCoachId ? [group.assistantCoachId] : [])),
    ]);
    const coach = (id: number): ClassCoachView => {
      return names.get(id) ?? { id, name: '', level: '' };
    };
    const ordered = [...staff].sort(
      (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.coachId - b.coachId,
    );
    const head = ordered.find((member) => member.role === 'head_coach');
    return {
      ...ClassView.of(row, row.course as Course),
      headCoach: head ? coach(head.coachId) : null,
      staff: ordered.map((member) => ({
        coach: coach(member.coachId),
        role: member.role,
        forcedReason: member.forcedReason,
      })),
      groups: groups.map((group) => ({
        id: group.id,
        name: group.name,
        assistant: group.assistantCoachId ? coach(group.assistantCoachId) : null,
      })),
    };
  }
}
