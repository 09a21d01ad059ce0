import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { Clock } from '../../../common/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { DEFAULT_LOCALE } from '../../../common/i18n/locale';
import { translate } from '../../../common/i18n/translate';
import { InteractionsService } from '../../interactions/interactions.service';
import { ClassRows } from '../class-rows';
import { Attendance } from '../entities/attendance.entity';
import { Enrolment } from '../entities/enrolment.entity';
import type { TrainingClass } from '../entities/training-class.entity';
import { AttendanceView } from './attendance.view';
import type { AttendanceDto } from './dto/attendance.dto';
import { PLACE_HOLDING } from './enrolment-status';

/** Absences in a row that make a student a dropout risk (§4.2.5). */
const RISK_STREAK = 2;
const HOUR_MS = 3600_000;

/**
 * Attendance per class day (§4.2.5 考勤), marked for many students at once. A student absent
 * on the last two days marked becomes a dropout risk: the coordinator who enrolled them gets
 * a plan to call them, once per streak.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(Attendance) private readonly attendance: Repository<Attendance>,
    private readonly classes: ClassRows,
    private readonly interactions: InteractionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async day(classId: number, day: string): Promise<AttendanceView[]> {
    await this.classes.find(this.attendance.manager, classId);
    const rows = await this.attendance.find({
      where: { classId, day },
      order: { enrolmentId: 'ASC' },
    });
    return rows.map(AttendanceView.of);
  }

  async mark(principal: Principal, classId: number, dto: AttendanceDto): Promise<AttendanceView[]> {
    await this.attendance.manager.transaction(async (m) => {
      const trainingClass = await this.classes.find(m, classId);
      if (dto.day < trainingClass.startDate || dto.day > trainingClass.endDate) {
        throw DomainError.unprocessable(
          msg('enrolment.notClassDay', {
            day: dto.day,
            from: trainingClass.startDate,
            to: trainingClass.endDate,
          }),
          [{ field: 'day', messages: [msg('enrolment.notClassDayDetail')] }],
          'NOT_A_CLASS_DAY',
        );
      }
      const ids = [...new Set(dto.marks.map((mark) => mark.enrolmentId))];
      const students = await m
        .getRepository(Enrolment)
        .findBy({ id: In(ids), classId, status: In([...PLACE_HOLDING]) });
      const missing = ids.filter((id) => !students.some((student) => student.id === id));
      if (missing.length || ids.length !== dto.marks.length) {
        throw DomainError.unprocessable(
          msg('enrolment.notOnRoster', { ids: missing.length ? missing : ids }),
          [{ field: 'marks', messages: [msg('enrolment.notOnRosterDetail')] }],
          'NOT_ON_ROSTER',
        );
      }
      const before = await m
        .getRepository(Attendance)
        .findBy({ enrolmentId: In(ids), day: dto.day });
      const wasAbsent = new Set(
        before.filter((row) => row.status === 'absent').map((row) => row.enrolmentId),
      );
      const repository = m.getRepository(Attendance);
      await repository.delete({ enrolmentId: In(ids), day: dto.day });
      await repository.insert(
        dto.marks.map((mark) => ({
          enrolmentId: mark.enrolmentId,
          day: dto.day,
          classId,
          status: mark.status,
          markedById: principal.id,
          markedAt: this.clock.now(),
        })),
      );
      const newlyAbsent = dto.marks.filter(
        (mark) => mark.status === 'absent' && !wasAbsent.has(mark.enrolmentId),
      );
      for (const mark of newlyAbsent) {
        const student = students.find((row) => row.id === mark.enrolmentId) as Enrolment;
        await this.riskCheck(m, student, trainingClass);
      }
      await this.audit.record(
        {
          action: 'attendance.mark',
          entityType: 'Class',
          entityId: classId,
          after: { day: dto.day, marks: dto.marks.map((mark) => [mark.enrolmentId, mark.status]) },
        },
        m,
      );
    });
    return this.day(classId, dto.day);
  }

  /** A streak of absences just reached RISK_STREAK: the coordinator plans a call. */
  private async riskCheck(
    m: EntityManager,
    student: Enrolment,
    trainingClass: TrainingClass,
  ): Promise<void> {
    const latest = await m.getRepository(Attendance).find({
      where: { enrolmentId: student.id },
      order: { day: 'DESC' },
      take: RISK_STREAK + 1,
    });
    const streak = latest.findIndex((row) => row.status !== 'absent');
    const length = streak === -1 ? latest.length : streak;
    if (length !== RISK_STREAK) return;
    await this.interactions.planFor(
      m,
      {
        customerId: student.customerId,
        typeCode: 'follow_up',
        assigneeId: student.enrolledById,
        content: translate(
          msg('enrolment.dropoutRisk', {
            course: trainingClass.course?.name ?? '',
            term: trainingClass.term,
            absences: RISK_STREAK,
          }),
          DEFAULT_LOCALE,
        ),
        dueAt: new Date(this.clock.now().getTime() + HOUR_MS),
      },
      'enrolment',
    );
  }
}
