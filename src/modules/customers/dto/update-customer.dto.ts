import { PartialType } from '@nestjs/swagger';
import { CreateCustomerDto } from './create-customer.dto';
import { IsVersion } from '../../../common/validation/is-version';
import { ApiExample } from '../../../openapi/api-example.decorator';

/** Any of the fields of a customer, with the version the caller loaded. */
// skipNullProperties: false: the fields become optional, but null is still checked by each
// field's own rules (PartialType's default skips null, which then reached NOT NULL columns).
@ApiExample({ version: 3, level: 'B', statusTag: 'interested', notes: '已约下周二试听' })
export class UpdateCustomerDto extends PartialType(CreateCustomerDto, {
  skipNullProperties: false,
}) {
  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion() version: number;
}
