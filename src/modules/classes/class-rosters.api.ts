import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository } from 'typeorm';
import { ClassRows } from './class-rows';
import { PLACE_HOLDING } from './enrolment/enrolment-status';
import { Enrolment } from './entities/enrolment.entity';

/**
 * The classes module's door for modules that reach a class's students (a group SMS to a
 * roster): who is on it, a keyset page at a time. On the roster means holding a place:
 * enrolled or graduated; those who dropped out or were refunded are not.
 */
@Injectable()
export class ClassRostersApi {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly rows: ClassRows,
  ) {}

  /** The class's course name and term; 404 when there is no such class. */
  async describe(classId: number): Promise<{ id: number; course: string; term: number }> {
    const row = await this.rows.find(this.enrolments.manager, classId);
    return { id: row.id, course: row.course?.name ?? '', term: row.term };
  }

  /** Customer ids on the roster after `afterCustomerId`, in order, at most `limit`. */
  async customerIds(classId: number, afterCustomerId: number, limit: number): Promise<number[]> {
    const rows = await this.enrolments.find({
      select: { id: true, customerId: true },
      where: {
        classId,
        customerId: MoreThan(afterCustomerId),
        status: In([...PLACE_HOLDING]),
      },
      order: { customerId: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.customerId);
  }
}
