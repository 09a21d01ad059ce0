import { IsString, MaxLength } from 'class-validator';

/** `?token=`: the secret of a calendar subscription. */
export class ScheduleFeedQueryDto {
  @IsString()
  @MaxLength(100)
  token: string;
}
