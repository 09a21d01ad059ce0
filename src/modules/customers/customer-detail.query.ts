import { PreparedQuery } from '../../database/prepared-query';
import { Customer } from './entities/customer.entity';

/**
 * One customer as the detail view shows it (toCustomerView), deleted ones too (the caller
 * decides): the busiest read after the list, so prepared and read into plain objects. It
 * selects what the view prints and nothing else: the owner's and the introducer's names, not
 * their whole rows (an owner's account row holds its password hash).
 */
export const CUSTOMER_DETAIL = PreparedQuery.select<Customer, { id: number }>((source) =>
  source
    .getRepository(Customer)
    .createQueryBuilder('c')
    .leftJoin('c.owner', 'owner')
    .leftJoin('c.introducer', 'introducer')
    .where('c.id = :id')
    .select([
      'c.id',
      'c.code',
      'c.name',
      'c.gender',
      'c.birthday',
      'c.mobile',
      'c.otherPhones',
      'c.wechat',
      'c.email',
      'c.provinceCode',
      'c.cityCode',
      'c.company',
      'c.industry',
      'c.position',
      'c.companySize',
      'c.education',
      'c.jobSituation',
      'c.category',
      'c.stage',
      'c.level',
      'c.source',
      'c.statusTag',
      'c.care',
      'c.notes',
      'c.deletedAt',
      'c.erasedAt',
      'c.goldImoAt',
      'c.goldImoById',
      'c.createdAt',
      'c.updatedAt',
      'c.version',
      'owner.id',
      'owner.displayName',
      'introducer.id',
      'introducer.code',
      'introducer.name',
    ]),
);
