import { customerFilterShape } from './customer-filter-shape';
import type { ObjectLiteral } from 'typeorm';
import { orderPage } from '../../common/pagination/order-page';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { customerFilterQuery } from './customer-filter-query';
import type { SearchPath } from './customer-search-path';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import { Customer } from './entities/customer.entity';

/** What decides a list page's SQL: the filters present (by their values' names), order, page. */
export interface CustomerListShape {
  filter: CustomerQueryDto;
  values: ObjectLiteral;
  /** how a search by q reaches its customers (none without q) */
  path?: SearchPath;
}

const SORTABLE = {
  createdAt: 'c.createdAt',
  updatedAt: 'c.updatedAt',
  code: 'c.code',
  name: 'c.name',
};

/**
 * One page of the customer list, the busiest read: built once per shape (which conditions
 * apply, the order and the page), then only bound to the request's values. It selects what a
 * list row shows (toCustomerListItem) and nothing else: fewer columns to read and map, and no
 * owner's account data (password hash included) loaded just to print a name.
 */
export const CUSTOMER_LIST_PAGE = new PreparedQueryShapes<CustomerListShape, Customer>(
  (shape) =>
    [
      customerFilterShape(shape),
      shape.filter.sort ?? '',
      shape.filter.page,
      shape.filter.pageSize,
    ].join('|'),
  (source, { filter, values, path }) => {
    const query = customerFilterQuery(
      source.getRepository(Customer),
      filter,
      values,
      true,
      path,
    ).select([
      'c.id',
      'c.code',
      'c.name',
      'c.gender',
      'c.birthday',
      'c.mobile',
      'c.category',
      'c.stage',
      'c.level',
      'c.statusTag',
      'c.cityCode',
      'c.createdAt',
      'c.goldImoAt',
      'owner.id',
      'owner.displayName',
    ]);
    orderPage(query, filter, SORTABLE, '-createdAt');
    return query;
  },
);
