import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import { figuresByUser } from '../reports/figures-by-user';
import type { StaffFigureSource } from '../reports/staff-figure-source';
import { StaffFigureRegistry } from '../reports/staff-figure.registry';
import { Customer } from './entities/customer.entity';

/** 新增客户: the customers each person added in the period (deleted ones too: the work was done). */
@Contributes(StaffFigureRegistry)
export class NewCustomersFigure implements StaffFigureSource {
  readonly key = 'newCustomers';
  readonly label = 'reports.staff.newCustomers' as const;
  readonly kind = 'count' as const;
  readonly order = 10;

  constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}

  figures(start: Date, end: Date, userId?: number): Promise<Map<number, number>> {
    const query = this.customers
      .createQueryBuilder('c')
      .where('c.createdAt >= :start AND c.createdAt < :end', { start, end });
    return figuresByUser(query, 'c.createdById', 'COUNT(*)', userId);
  }
}
