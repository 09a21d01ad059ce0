import { OmitType } from '@nestjs/swagger';
import { CustomerQueryDto } from '../../customers/dto/customer-query.dto';

/**
 * The customer list's filters (GET /api/customers), the same names, rules and meaning, without
 * paging, order or the deleted list: a group SMS goes to live customers only.
 */
export class CampaignFilterDto extends OmitType(CustomerQueryDto, [
  'page',
  'pageSize',
  'sort',
  'deleted',
] as const) {}
