import type { EntityManager } from 'typeorm';
import { BusinessCalendar } from '../../../common/calendar/business-calendar';
import { Clock } from '../../../common/clock';
import { msg } from '../../../common/i18n/msg';
import { DEFAULT_LOCALE } from '../../../common/i18n/locale';
import { translate } from '../../../common/i18n/translate';
import { Contributes } from '../../../common/registry/contributes.decorator';
import type { Receivable } from '../../finance/entities/receivable.entity';
import {
  ReceivableListenerRegistry,
  type ReceivableListener,
} from '../../finance/receivable-listener.registry';
import { InteractionsService } from '../../interactions/interactions.service';
import { ClassRows } from '../class-rows';

/** How long before the class the talk falls due, and at what hour of that day. */
const DAYS_BEFORE_CLASS = 3;
const HOUR_DUE = 10;
const HOUR_MS = 3600_000;

/**
 * The pre-class talk (§4.2.4 课前沟通): once a student has paid in full, the coordinator who
 * enrolled them gets one plan to prepare them for the class, due a few days before it
 * starts (or within the hour when the class is nearer than that), and hears of it.
 */
@Contributes(ReceivableListenerRegistry)
export class PreClassTalk implements ReceivableListener {
  readonly key = 'pre-class-talk';

  constructor(
    private readonly interactions: InteractionsService,
    private readonly classes: ClassRows,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
  ) {}

  async paidInFull(m: EntityManager, receivable: Receivable): Promise<void> {
    const trainingClass = await this.classes.find(m, receivable.classId);
    const soonest = this.clock.now().getTime() + HOUR_MS;
    const before =
      this.calendar.atHour(trainingClass.startDate, HOUR_DUE).getTime() -
      DAYS_BEFORE_CLASS * 24 * HOUR_MS;
    await this.interactions.planFor(
      m,
      {
        customerId: receivable.customerId,
        typeCode: 'pre_class_talk',
        assigneeId: receivable.coordinatorId,
        // Plan content is stored text, as staff write it: in the business language.
        content: translate(
          msg('enrolment.preClassTalk', {
            course: trainingClass.course?.name ?? '',
            term: trainingClass.term,
            start: trainingClass.startDate,
          }),
          DEFAULT_LOCALE,
        ),
        dueAt: new Date(Math.max(before, soonest)),
      },
      'enrolment',
    );
  }
}
