import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { Contributes } from '../../../common/registry/contributes.decorator';
import {
  CustomerOverviewRegistry,
  type CustomerOverviewSection,
} from '../../customers/customer-overview.registry';
import { ClassRows } from '../class-rows';
import { EnrolmentEvent } from '../entities/enrolment-event.entity';
import { Enrolment } from '../entities/enrolment.entity';
import { EnrolmentEventView } from './enrolment-event.view';
import { EnrolmentsService } from './enrolments.service';

/** Enrolments shown; a customer has a handful in a lifetime. */
const SHOWN = 50;

/**
 * The `enrolments` section of the customer 360 view (§4.2.5): each class the customer
 * enrolled in, with the training record and its history; the money of each only for those
 * who may see it (finance, managers, the coordinator who enrolled them).
 */
@Contributes(CustomerOverviewRegistry)
export class EnrolmentsOverview implements CustomerOverviewSection {
  readonly key = 'enrolments';

  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly views: EnrolmentsService,
    private readonly classes: ClassRows,
  ) {}

  async load(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Enrolment')) return null;
    const rows = await this.enrolments.find({
      where: { customerId },
      order: { id: 'DESC' },
      take: SHOWN,
    });
    if (!rows.length) return [];
    const m = this.enrolments.manager;
    const [views, classes, events] = await Promise.all([
      this.views.views(principal, rows),
      this.classes.byIds(
        m,
        rows.map((row) => row.classId),
      ),
      m.getRepository(EnrolmentEvent).find({
        where: { enrolmentId: In(rows.map((row) => row.id)) },
        order: { id: 'ASC' },
      }),
    ]);
    return rows.map((row, i) => {
      const trainingClass = classes.get(row.classId);
      return {
        ...views[i],
        course: trainingClass?.course?.name ?? null,
        term: trainingClass?.term ?? null,
        startDate: trainingClass?.startDate ?? null,
        groupId: row.groupId,
        assistantCoachId: row.assistantCoachId,
        coachId: row.coachId,
        forwardAssistantId: row.forwardAssistantId,
        interviewCoachId: row.interviewCoachId,
        referralCommitment: row.referralCommitment,
        notes: row.notes,
        history: events.filter((event) => event.enrolmentId === row.id).map(EnrolmentEventView.of),
      };
    });
  }
}
