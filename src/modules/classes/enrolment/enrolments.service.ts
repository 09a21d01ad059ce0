import { ENROLMENT_PEOPLE } from './enrolment-people';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { RecordScope } from '../../../access/record-scope';
import { AuditService } from '../../../audit/audit.service';
import { Clock } from '../../../common/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { isUniqueViolation } from '../../../database/unique-violation';
import { NotificationsService } from '../../../notifications/notifications.service';
import { UsersService } from '../../../users/users.service';
import { CUSTOMER_STAGES } from '../../customers/customer-category';
import { CustomersApi } from '../../customers/customers.api';
import type { Customer } from '../../customers/entities/customer.entity';
import { FinanceService } from '../../finance/finance.service';
import { CalendarAnswers } from '../calendar-answers';
import { ClassRows } from '../class-rows';
import { ClassPlaces } from './class-places';
import { EnrolmentHistory } from './enrolment-history';
import { Enrolment } from '../entities/enrolment.entity';
import type { Course } from '../entities/course.entity';
import type { CreateEnrolmentDto } from './dto/create-enrolment.dto';
import { EnrolmentView } from './enrolment.view';

/** How messages name a class: its course and term number. */
interface ClassName {
  course: string;
  term: number;
}

/** Who hears of a new enrolment: finance, who will collect its fee (§4.2.2 自动提交给财务人员). */
const TOLD_OF_ENROLMENTS = ['finance'];

/**
 * Enrolment (§4.2.2 报名): a customer takes a place in a class that is enrolling. The place,
 * the enrolment, its receivable, the customer's new stage, finance's notice and the audit row
 * are one transaction: all of them or none.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly rows: ClassRows,
    private readonly places: ClassPlaces,
    private readonly history: EnrolmentHistory,
    private readonly customers: CustomersApi,
    private readonly users: UsersService,
    private readonly finance: FinanceService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly answers: CalendarAnswers,
    private readonly clock: Clock,
  ) {}

  async roster(principal: Principal, classId: number): Promise<EnrolmentView[]> {
    await this.rows.find(this.enrolments.manager, classId);
    const rows = await this.enrolments.find({ where: { classId }, order: { id: 'ASC' } });
    return this.views(principal, rows);
  }

  async enrol(
    principal: Principal,
    classId: number,
    dto: CreateEnrolmentDto,
  ): Promise<EnrolmentView> {
    this.checkForm(dto);
    const row = await this.answers.afterWrite(
      this.enrolIn(this.enrolments.manager, principal, classId, dto),
    );
    return (await this.views(principal, [row]))[0];
  }

  private enrolIn(
    m: EntityManager,
    principal: Principal,
    classId: number,
    dto: CreateEnrolmentDto,
  ): Promise<Enrolment> {
    return m.transaction(async (t) => {
      const trainingClass = await this.rows.find(t, classId);
      const course = trainingClass.course as Course;
      const name = { course: course.name, term: trainingClass.term };
      if (trainingClass.status !== 'enrolling') throw this.places.notEnrolling(trainingClass);
      const customer = await this.customers.contactable(dto.customerId, 'customerId', t);
      const earlier = await t
        .getRepository(Enrolment)
        .findOneBy({ classId, customerId: customer.id });
      if (earlier) throw this.alreadyEnrolled(name, earlier.id);
      await this.checkFiller(t, dto);
      const override = await this.checkPrerequisite(t, principal, customer, course, dto);
      await this.places.take(t, classId, ['enrolling']);

      const enrolment = t.getRepository(Enrolment).create({
        classId,
        customerId: customer.id,
        status: 'enrolled',
        feeFen: course.defaultFeeFen,
        discountFen: dto.discountFen ?? 0,
        discountReason: dto.discountReason ?? null,
        introducerId: customer.introducerId,
        enrolledById: principal.id,
        filledInByCustomerId: dto.filledInByCustomerId ?? null,
        filledInByUserId: dto.filledInByUserId ?? null,
        overrideReason: override,
        enrolledAt: this.clock.now(),
      });
      try {
        await t.getRepository(Enrolment).save(enrolment);
      } catch (error) {
        // The same customer enrolled at the same moment by a colleague.
        if (isUniqueViolation(error)) throw this.alreadyEnrolled(name, 0);
        throw error;
      }
      await this.history.add(t, enrolment, 'enrolled', principal.id);
      const receivable = await this.finance.openReceivable(t, {
        enrolmentId: enrolment.id,
        classId,
        courseId: course.id,
        customerId: customer.id,
        coordinatorId: principal.id,
        feeFen: enrolment.feeFen,
        discountFen: enrolment.discountFen,
        discountReason: enrolment.discountReason,
      });
      await this.customers.becomeStudent(
        customer,
        course.stage ? CUSTOMER_STAGES[course.stage] : null,
        t,
      );
      await this.notifications.notifyUsers(
        await this.users.activeIdsWithRoles(TOLD_OF_ENROLMENTS),
        {
          kind: 'enrolment.created',
          data: { enrolmentId: enrolment.id, receivableId: receivable.id },
        },
        t,
      );
      await this.audit.record(
        {
          action: override ? 'enrolment.override' : 'enrolment.create',
          entityType: 'Enrolment',
          entityId: enrolment.id,
          after: {
            classId,
            customerId: customer.id,
            feeFen: enrolment.feeFen,
            discountFen: enrolment.discountFen,
            discountReason: enrolment.discountReason,
            overrideReason: override,
            receivableId: receivable.id,
          },
        },
        t,
      );
      return enrolment;
    });
  }

  /** Rules of the form itself, before anything is read. */
  private checkForm(dto: CreateEnrolmentDto): void {
    if ((dto.discountFen ?? 0) > 0 && !dto.discountReason) {
      throw DomainError.badRequest(
        msg('enrolment.discountNeedsReason'),
        [{ field: 'discountReason', messages: [msg('enrolment.discountNeedsReasonDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    if (dto.filledInByCustomerId && dto.filledInByUserId) {
      throw DomainError.unprocessable(msg('enrolment.oneFiller'), undefined, 'VALIDATION_FAILED');
    }
    if (dto.filledInByCustomerId && dto.filledInByCustomerId === dto.customerId) {
      throw DomainError.unprocessable(msg('enrolment.selfFiller'), undefined, 'VALIDATION_FAILED');
    }
  }

  /** 代报名: the person who filled the form in exists (a customer, or an active colleague). */
  private async checkFiller(m: EntityManager, dto: CreateEnrolmentDto): Promise<void> {
    if (dto.filledInByCustomerId) {
      await this.customers.contactable(dto.filledInByCustomerId, 'filledInByCustomerId', m);
    }
    if (dto.filledInByUserId) {
      const [user] = await this.users.findMany([dto.filledInByUserId]);
      if (!user || user.status !== 'active') {
        throw DomainError.unprocessable(
          msg('enrolment.fillerNotStaff', { id: dto.filledInByUserId }),
          undefined,
          'VALIDATION_FAILED',
        );
      }
    }
  }

  /**
   * Stage two and three follow the graduation of the stage before (§4.2.2); a manager may
   * enrol a customer anyway, with a reason. Returns the reason of an override, else null.
   */
  private async checkPrerequisite(
    m: EntityManager,
    principal: Principal,
    customer: Customer,
    course: Course,
    dto: CreateEnrolmentDto,
  ): Promise<string | null> {
    const reason = dto.overrideReason ?? null;
    const needs = course.kind === 'main' && course.stage !== null && course.stage > 1;
    const graduated = needs && (await this.graduated(m, customer.id, (course.stage as number) - 1));
    if (!needs || graduated) {
      if (reason) {
        throw DomainError.unprocessable(
          msg('enrolment.overrideNotNeeded'),
          undefined,
          'OVERRIDE_NOT_NEEDED',
        );
      }
      return null;
    }
    if (!reason) {
      throw DomainError.unprocessable(
        msg('enrolment.prerequisite', {
          stage: CUSTOMER_STAGES[course.stage as number],
          previous: CUSTOMER_STAGES[(course.stage as number) - 1],
        }),
        undefined,
        'PREREQUISITE_MISSING',
      );
    }
    if (!principal.ability.can('override', 'Enrolment')) {
      throw DomainError.forbidden(msg('enrolment.overrideForbidden'), 'OVERRIDE_FORBIDDEN');
    }
    return reason;
  }

  /** Whether the customer graduated from a class of the main line's `stage`. */
  private async graduated(m: EntityManager, customerId: number, stage: number): Promise<boolean> {
    const found = await m
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin('e.trainingClass', 'c')
      .innerJoin('c.course', 'course')
      .where('e.customerId = :customerId', { customerId })
      .andWhere('e.status = :graduated', { graduated: 'graduated' })
      .andWhere('course.kind = :main', { main: 'main' })
      .andWhere('course.stage = :stage', { stage })
      .select('e.id')
      .limit(1)
      .getRawMany();
    return found.length > 0;
  }

  /** The enrolments as views, with their money for those who may see it. */
  async views(principal: Principal, rows: Enrolment[]): Promise<EnrolmentView[]> {
    const money = RecordScope.forMoney(principal);
    const [customers, receivables] = await Promise.all([
      this.customers.summaries(rows.map((row) => row.customerId)),
      this.finance.receivableIdsOf(rows.map((row) => row.id)),
    ]);
    return rows.map((row) =>
      EnrolmentView.of(
        row,
        customers.get(row.customerId) ?? null,
        receivables.get(row.id) ?? null,
        money.covers(row, ENROLMENT_PEOPLE),
      ),
    );
  }

  private alreadyEnrolled(name: ClassName, id: number): DomainError {
    return DomainError.conflict(
      msg('enrolment.alreadyEnrolled', { ...name, id }),
      'ALREADY_ENROLLED',
    );
  }
}
