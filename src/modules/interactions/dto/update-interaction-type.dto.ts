import { OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import { CreateInteractionTypeDto } from './create-interaction-type.dto';

/** The fields of a new type except its code, each optional, at the version read. */
export class UpdateInteractionTypeDto extends PartialType(OmitType(CreateInteractionTypeDto, ['code'] as const)) {
  @IsInt() @Min(1)
  version: number;

  /** custom types only: a type in use is switched off rather than removed */
  @IsOptional() @IsBoolean()
  active?: boolean;
}
