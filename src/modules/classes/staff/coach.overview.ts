import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThanOrEqual, Repository } from 'typeorm';
import type { Principal } from '../../../access/principal';
import { BusinessCalendar } from '../../../common/calendar/business-calendar';
import { Contributes } from '../../../common/registry/contributes.decorator';
import { CoachesApi } from '../../coaches/coaches.api';
import { ClassRows } from '../class-rows';
import {
  CustomerOverviewRegistry,
  type CustomerOverviewSection,
} from '../../customers/customer-overview.registry';
import { ClassStaff } from '../entities/class-staff.entity';

/** Classes shown each way; older or later ones are in the class lists. */
const SHOWN = 20;

/**
 * The `coach` section of the customer 360 view: for a customer who is an internal coach, the
 * coach they are and the classes they served and will serve (§5, §1.2 c).
 */
@Contributes(CustomerOverviewRegistry)
export class CoachOverview implements CustomerOverviewSection {
  readonly key = 'coach';

  constructor(
    @InjectRepository(ClassStaff) private readonly staff: Repository<ClassStaff>,
    private readonly coaches: CoachesApi,
    private readonly calendar: BusinessCalendar,
    private readonly rows: ClassRows,
  ) {}

  async load(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Coach') || !principal.ability.can('read', 'Class'))
      return null;
    const coach = await this.coaches.ofCustomer(customerId);
    if (!coach) return null;
    const today = this.calendar.today().date;
    const [served, upcoming] = await Promise.all([
      this.staff.find({
        where: { coachId: coach.id, busy: true, startDate: LessThan(today) },
        order: { startDate: 'DESC', classId: 'DESC' },
        take: SHOWN,
      }),
      this.staff.find({
        where: { coachId: coach.id, busy: true, startDate: MoreThanOrEqual(today) },
        order: { startDate: 'ASC', classId: 'ASC' },
        take: SHOWN,
      }),
    ]);
    const ids = [...served, ...upcoming].map((row) => row.classId);
    const classes = await this.rows.byIds(this.staff.manager, ids);
    const entry = (row: ClassStaff) => {
      const taken = classes.get(row.classId);
      return {
        classId: row.classId,
        course: taken?.course?.name ?? null,
        term: taken?.term ?? null,
        role: row.role,
        startDate: row.startDate,
        endDate: row.endDate,
      };
    };
    return { coach, served: served.map(entry), upcoming: upcoming.map(entry) };
  }
}
