import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { BusinessCalendar } from '../../../common/calendar/business-calendar';
import { Clock } from '../../../common/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { DEFAULT_LOCALE } from '../../../common/i18n/locale';
import { translate } from '../../../common/i18n/translate';
import { findOrFail } from '../../../database/find-or-fail';
import { updateAtVersion } from '../../../database/update-at-version';
import { CustomersApi } from '../../customers/customers.api';
import { DictionaryService } from '../../dictionary/dictionary.service';
import { FinanceService } from '../../finance/finance.service';
import { InteractionsService } from '../../interactions/interactions.service';
import { CalendarAnswers } from '../calendar-answers';
import { ClassRows } from '../class-rows';
import type { ClassStatus } from '../class-status';
import { ClassGroup } from '../entities/class-group.entity';
import { ClassStaff } from '../entities/class-staff.entity';
import { Enrolment } from '../entities/enrolment.entity';
import type { StaffRole } from '../staff/staff-role';
import { ClassPlaces } from './class-places';
import type { DropoutDto } from './dto/dropout.dto';
import type { GraduationDto } from './dto/graduation.dto';
import type { MoveClassDto } from './dto/move-class.dto';
import type { UpdateEnrolmentDto } from './dto/update-enrolment.dto';
import { EnrolmentEventView } from './enrolment-event.view';
import { EnrolmentHistory } from './enrolment-history';
import type { EnrolmentRecordView } from './enrolment-record.view';
import type { EnrolmentStatus } from './enrolment-status';
import { EnrolmentsService } from './enrolments.service';

/** The roles on the class's staff each record field may name. */
const STAFF_FIELDS: Record<
  'assistantCoachId' | 'coachId' | 'forwardAssistantId' | 'interviewCoachId',
  readonly StaffRole[]
> = {
  assistantCoachId: ['assistant'],
  coachId: ['coach', 'head_coach'],
  forwardAssistantId: ['forward_assistant'],
  interviewCoachId: ['interview_coach'],
};
/** A class one may come back to or move to takes students while enrolling or running. */
const OPEN_TO_MOVES: readonly ClassStatus[] = ['enrolling', 'running'];
const DAY_MS = 24 * 3600_000;

/**
 * The training record (§4.2.5): who serves the student, how they attend, and their way
 * through the course: dropping out (下车) with a plan to bring them back, coming back (上车)
 * to the same or a later class, moving class (换班) with their money, graduating. Each step
 * is one transaction with its history row and audit row.
 */
@Injectable()
export class EnrolmentRecordService {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly views: EnrolmentsService,
    private readonly history: EnrolmentHistory,
    private readonly places: ClassPlaces,
    private readonly classes: ClassRows,
    private readonly finance: FinanceService,
    private readonly interactions: InteractionsService,
    private readonly customers: CustomersApi,
    private readonly dictionary: DictionaryService,
    private readonly audit: AuditService,
    private readonly answers: CalendarAnswers,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
  ) {}

  async get(principal: Principal, id: number): Promise<EnrolmentRecordView> {
    const row = await this.find(this.enrolments.manager, id);
    const [view] = await this.views.views(principal, [row]);
    const history = await this.history.of(this.enrolments.manager, id);
    return {
      ...view,
      groupId: row.groupId,
      assistantCoachId: row.assistantCoachId,
      coachId: row.coachId,
      forwardAssistantId: row.forwardAssistantId,
      interviewCoachId: row.interviewCoachId,
      referralCommitment: row.referralCommitment,
      notes: row.notes,
      history: history.map(EnrolmentEventView.of),
    };
  }

  async update(
    principal: Principal,
    id: number,
    dto: UpdateEnrolmentDto,
  ): Promise<EnrolmentRecordView> {
    await this.enrolments.manager.transaction(async (m) => {
      const row = await this.find(m, id);
      if (row.version !== dto.version) throw DomainError.staleVersion(msg('entities.enrolment'));
      const { version, ...changes } = dto;
      await this.checkRecord(m, row.classId, changes);
      await updateAtVersion(m, Enrolment, { id, version }, changes, msg('entities.enrolment'));
      await this.audit.record(
        {
          action: 'enrolment.update',
          entityType: 'Enrolment',
          entityId: id,
          before: Object.fromEntries(
            Object.keys(changes).map((k) => [k, row[k as keyof Enrolment]]),
          ),
          after: changes,
        },
        m,
      );
    });
    return this.get(principal, id);
  }

  /** 下车: the place is given back, and the coordinator who enrolled them plans to win them back. */
  async dropout(principal: Principal, id: number, dto: DropoutDto): Promise<EnrolmentRecordView> {
    await this.answers.afterWrite(
      this.enrolments.manager.transaction(async (m) => {
        const row = await this.find(m, id);
        await this.dictionary.assertActive('dropout_reason', dto.reasonCode, 'reasonCode', m);
        await this.moveStatus(m, row, ['enrolled'], 'dropped');
        await this.places.release(m, row.classId);
        await this.history.add(m, row, 'dropped', principal.id, {
          onDate: dto.date,
          reasonCode: dto.reasonCode,
          notes: dto.notes ?? null,
        });
        const trainingClass = await this.classes.find(m, row.classId);
        const reasons = await this.dictionary.labels('dropout_reason', m);
        await this.interactions.planFor(
          m,
          {
            customerId: row.customerId,
            typeCode: 'follow_up',
            assigneeId: row.enrolledById,
            content: translate(
              msg('enrolment.winBack', {
                course: trainingClass.course?.name ?? '',
                term: trainingClass.term,
                date: dto.date,
                reason: reasons.get(dto.reasonCode) ?? dto.reasonCode,
              }),
              DEFAULT_LOCALE,
            ),
            dueAt: new Date(this.clock.now().getTime() + DAY_MS),
          },
          'enrolment',
        );
        await this.audited(m, id, 'enrolment.dropout', { status: 'dropped', ...dto });
      }),
    );
    return this.get(principal, id);
  }

  /** 上车: back into the same class, or a later class of the same course, in one history. */
  async rejoin(principal: Principal, id: number, dto: MoveClassDto): Promise<EnrolmentRecordView> {
    await this.answers.afterWrite(
      this.enrolments.manager.transaction(async (m) => {
        const row = await this.find(m, id);
        const target = dto.classId ?? row.classId;
        if (target !== row.classId) await this.checkMove(m, row, target, true);
        // A dropout gave up the place: one is taken again, in whichever class.
        await this.moveInto(m, principal, row, target, {
          from: ['dropped'],
          event: 'rejoined',
          action: 'enrolment.rejoin',
        });
      }),
    );
    return this.get(principal, id);
  }

  /** 换班: another class of the same course; the money moves with the student, unrefunded. */
  async transfer(
    principal: Principal,
    id: number,
    dto: MoveClassDto,
  ): Promise<EnrolmentRecordView> {
    await this.answers.afterWrite(
      this.enrolments.manager.transaction(async (m) => {
        const row = await this.find(m, id);
        const target = dto.classId;
        if (!target || target === row.classId) {
          throw DomainError.unprocessable(
            msg('enrolment.transferTarget'),
            undefined,
            'MOVE_NOT_ALLOWED',
          );
        }
        await this.checkMove(m, row, target, false);
        await this.moveInto(m, principal, row, target, {
          from: ['enrolled'],
          event: 'transferred',
          action: 'enrolment.transfer',
        });
        await this.places.release(m, row.classId);
      }),
    );
    return this.get(principal, id);
  }

  /** Graduated: eligible for the next stage of the main line. */
  async graduate(
    principal: Principal,
    id: number,
    dto: GraduationDto,
  ): Promise<EnrolmentRecordView> {
    await this.enrolments.manager.transaction(async (m) => {
      const row = await this.find(m, id);
      const trainingClass = await this.classes.find(m, row.classId);
      await this.moveStatus(m, row, ['enrolled'], 'graduated');
      await this.history.add(m, row, 'graduated', principal.id, {
        onDate: dto.date ?? trainingClass.endDate,
      });
      await this.audited(m, id, 'enrolment.graduate', { status: 'graduated' });
    });
    return this.get(principal, id);
  }

  /**
   * Puts the student into `target` as one step of their history (上车 after a dropout, 换班):
   * the status moved by a guarded statement, a place taken there, the money following the
   * student when the class changes, the step recorded and audited.
   */
  private async moveInto(
    m: EntityManager,
    principal: Principal,
    row: Enrolment,
    target: number,
    move: { from: EnrolmentStatus[]; event: 'rejoined' | 'transferred'; action: string },
  ): Promise<void> {
    await this.moveStatus(m, row, move.from, 'enrolled', target);
    await this.places.take(m, target, OPEN_TO_MOVES);
    if (target !== row.classId) await this.finance.followEnrolment(m, row.id, target);
    await this.history.add(m, { id: row.id, classId: target }, move.event, principal.id, {
      fromClassId: row.classId,
    });
    await this.audited(m, row.id, move.action, { classId: target, fromClassId: row.classId });
  }

  private find(m: EntityManager, id: number): Promise<Enrolment> {
    return findOrFail(m, Enrolment, id, msg('entities.enrolment'));
  }

  /**
   * Moves the enrolment from one of `from` to `to` (and to `classId`) by one guarded
   * statement: a second click, or a colleague's, finds it moved and is refused.
   */
  private async moveStatus(
    m: EntityManager,
    row: Enrolment,
    from: readonly EnrolmentStatus[],
    to: EnrolmentStatus,
    classId = row.classId,
  ): Promise<void> {
    const moved = await m
      .createQueryBuilder()
      .update(Enrolment)
      .set({ status: to, classId })
      .where('id = :id', { id: row.id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    if (moved.affected === 1) return;
    throw DomainError.unprocessable(
      msg('enrolment.badStep', {
        status: msg(`enrolment.status.${row.status}`),
        to: msg(`enrolment.status.${to}`),
      }),
      undefined,
      'BAD_TRANSITION',
    );
  }

  /** The class to move to: another of the same course, not earlier for a return, not joined yet. */
  private async checkMove(
    m: EntityManager,
    row: Enrolment,
    target: number,
    later: boolean,
  ): Promise<void> {
    const [from, to] = await Promise.all([
      this.classes.find(m, row.classId),
      this.classes.find(m, target),
    ]);
    if (to.courseId !== from.courseId || (later && to.startDate < from.startDate)) {
      throw DomainError.unprocessable(
        msg(later ? 'enrolment.rejoinTarget' : 'enrolment.transferTarget'),
        undefined,
        'MOVE_NOT_ALLOWED',
      );
    }
    const there = await m
      .getRepository(Enrolment)
      .findOneBy({ classId: target, customerId: row.customerId });
    if (there) {
      throw DomainError.conflict(
        msg('enrolment.alreadyEnrolled', {
          course: to.course?.name ?? '',
          term: to.term,
          id: there.id,
        }),
        'ALREADY_ENROLLED',
      );
    }
  }

  /** Each named staff member serves the class in that role, and the group is the class's. */
  private async checkRecord(
    m: EntityManager,
    classId: number,
    changes: Partial<UpdateEnrolmentDto>,
  ): Promise<void> {
    const problems: { field: string; messages: ReturnType<typeof msg>[] }[] = [];
    const staff = await m.getRepository(ClassStaff).findBy({ classId });
    for (const [field, roles] of Object.entries(STAFF_FIELDS)) {
      const coachId = changes[field as keyof typeof STAFF_FIELDS];
      if (coachId === undefined || coachId === null) continue;
      if (!staff.some((member) => member.coachId === coachId && roles.includes(member.role))) {
        problems.push({ field, messages: [msg('enrolment.notOnStaff', { id: coachId })] });
      }
    }
    if (changes.groupId) {
      const group = await m.getRepository(ClassGroup).findOneBy({ id: changes.groupId, classId });
      if (!group)
        problems.push({
          field: 'groupId',
          messages: [msg('enrolment.notClassGroup', { id: changes.groupId })],
        });
    }
    if (problems.length) {
      throw DomainError.unprocessable(msg('enrolment.recordInvalid'), problems, 'NOT_ON_STAFF');
    }
  }

  private audited(m: EntityManager, id: number, action: string, after: Record<string, unknown>) {
    return this.audit.record({ action, entityType: 'Enrolment', entityId: id, after }, m);
  }
}
