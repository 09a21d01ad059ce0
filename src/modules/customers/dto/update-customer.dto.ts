import { PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateCustomerDto } from './create-customer.dto';

/** Any of the fields of a customer, with the version the caller loaded. */
export class UpdateCustomerDto extends PartialType(CreateCustomerDto) {
  /** the version you loaded; a stale one is refused with 409 */
  @IsInt() @Min(1) version: number;
}
