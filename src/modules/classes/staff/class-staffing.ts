import { Injectable } from '@nestjs/common';
import { EntityManager, In, LessThanOrEqual, MoreThanOrEqual, Not } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { DomainError } from '../../../common/errors/domain-error';
import { msg, type Msg } from '../../../common/i18n/msg';
import { CoachesApi } from '../../coaches/coaches.api';
import { ClassRows } from '../class-rows';
import { ClassStaff } from '../entities/class-staff.entity';
import { TrainingClass } from '../entities/training-class.entity';
import { kindFor, type StaffRole } from './staff-role';

/** A coach on a class, as the staff is written. */
export interface StaffAssignment {
  coachId: number;
  role: StaffRole;
}

/** Why a coach's time is taken in a period: another class they serve, or a declared period. */
export interface Clash {
  coachId: number;
  text: Msg;
}

/**
 * Who serves a class, and the one rule about it (§5 撞车): a coach's time is every class they
 * serve (first to last day) and every period they declared unavailable, and no two may
 * overlap unless a manager forces it with a reason. Used when the staff is set and when a
 * class's dates move, in the caller's transaction.
 */
@Injectable()
export class ClassStaffing {
  constructor(
    private readonly coaches: CoachesApi,
    private readonly audit: AuditService,
    private readonly rows: ClassRows,
  ) {}

  /** Replaces the class's staff, refusing clashes unless forced (and the forcer may). */
  async replace(
    m: EntityManager,
    principal: Principal,
    row: TrainingClass,
    staff: StaffAssignment[],
    forceReason: string | undefined,
  ): Promise<void> {
    await this.coaches.assertCanServe(
      m,
      staff.map((member) => ({ coachId: member.coachId, kind: kindFor(member.role) })),
      'members',
    );
    const clashes = await this.clashes(
      m,
      row.id,
      staff.map((member) => member.coachId),
      row.startDate,
      row.endDate,
    );
    await this.assertForced(m, principal, row, clashes, forceReason);
    const forced = new Set(clashes.map((clash) => clash.coachId));
    const repository = m.getRepository(ClassStaff);
    await repository.delete({ classId: row.id });
    if (staff.length) {
      await repository.insert(
        staff.map((member) => ({
          classId: row.id,
          coachId: member.coachId,
          role: member.role,
          startDate: row.startDate,
          endDate: row.endDate,
          busy: row.status !== 'cancelled',
          forcedReason: forced.has(member.coachId) ? (forceReason ?? null) : null,
          forcedById: forced.has(member.coachId) ? principal.id : null,
        })),
      );
    }
  }

  /**
   * The class's dates moved (`row` holds the new ones): its staff's time moves with it, and
   * is checked against their other classes and declared periods as when they were assigned.
   */
  async datesMoved(
    m: EntityManager,
    principal: Principal,
    row: TrainingClass,
    forceReason: string | undefined,
  ): Promise<void> {
    const repository = m.getRepository(ClassStaff);
    const staff = await repository.findBy({ classId: row.id });
    if (!staff.length) return;
    const clashes = await this.clashes(
      m,
      row.id,
      staff.map((member) => member.coachId),
      row.startDate,
      row.endDate,
    );
    await this.assertForced(m, principal, row, clashes, forceReason);
    await repository.update(
      { classId: row.id },
      { startDate: row.startDate, endDate: row.endDate },
    );
    for (const coachId of new Set(clashes.map((clash) => clash.coachId))) {
      await repository.update(
        { classId: row.id, coachId },
        { forcedReason: forceReason ?? null, forcedById: principal.id },
      );
    }
  }

  /** A cancelled class no longer takes its staff's time. */
  async released(m: EntityManager, classId: number): Promise<void> {
    await m.getRepository(ClassStaff).update({ classId }, { busy: false });
  }

  /** What else takes these coaches' time between `from` and `to`, besides this class. */
  async clashes(
    m: EntityManager,
    classId: number,
    coachIds: number[],
    from: string,
    to: string,
  ): Promise<Clash[]> {
    const ids = [...new Set(coachIds)];
    if (!ids.length) return [];
    const [others, unavailable] = await Promise.all([
      m.getRepository(ClassStaff).find({
        where: {
          coachId: In(ids),
          classId: Not(classId),
          busy: true,
          startDate: LessThanOrEqual(to),
          endDate: MoreThanOrEqual(from),
        },
        order: { startDate: 'ASC', classId: 'ASC' },
      }),
      this.coaches.unavailableBetween(m, ids, from, to),
    ]);
    const classes = await this.rows.byIds(
      m,
      others.map((other) => other.classId),
    );
    return [
      ...others.map((other) => {
        const taken = classes.get(other.classId) as TrainingClass;
        return {
          coachId: other.coachId,
          text: msg('classes.clashWithClass', {
            course: taken.course?.name ?? '',
            term: taken.term,
            from: other.startDate,
            to: other.endDate,
          }),
        };
      }),
      ...unavailable.map((period) => ({
        coachId: period.coachId,
        text: msg('classes.clashWithUnavailability', {
          from: period.fromDate,
          to: period.toDate,
          reason: period.reason ? `：${period.reason}` : '',
        }),
      })),
    ];
  }

  /**
   * Clashes are refused (409 naming them) unless a reason to force them is given by someone
   * who may force (managers); a forced assignment is audited with what it overrode.
   */
  private async assertForced(
    m: EntityManager,
    principal: Principal,
    row: TrainingClass,
    clashes: Clash[],
    forceReason: string | undefined,
  ): Promise<void> {
    if (!clashes.length) return;
    if (forceReason === undefined) {
      const names = await this.coaches.names(clashes.map((clash) => clash.coachId));
      const first = clashes[0].coachId;
      throw DomainError.conflict(
        msg('classes.staffClash', {
          coach: names.get(first)?.name ?? String(first),
          clashes: clashes.filter((clash) => clash.coachId === first).map((clash) => clash.text),
        }),
        'STAFF_CLASH',
      );
    }
    if (!principal.ability.can('force', 'Class')) {
      throw DomainError.forbidden(msg('classes.forceForbidden'), 'FORBIDDEN');
    }
    await this.audit.record(
      {
        action: 'class.staff.force',
        entityType: 'Class',
        entityId: row.id,
        meta: {
          reason: forceReason,
          clashes: clashes.map((clash) => ({ coachId: clash.coachId, clash: clash.text })),
        },
      },
      m,
    );
  }
}
