import { PartialType } from '@nestjs/swagger';
import { CreateCustomerDto } from './create-customer.dto';
import { IsVersion } from '../../../common/validation/is-version';

/** Any of the fields of a customer, with the version the caller loaded. */
export class UpdateCustomerDto extends PartialType(CreateCustomerDto) {
  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion() version: number;
}
