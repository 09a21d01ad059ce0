import { IsBoolean } from 'class-validator';

/** Whether the customer wants no marketing texts (group SMS). */
export class MarketingOptOutDto {
  @IsBoolean() optOut: boolean;
}
