import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?userId=`: whose to-do; one's own when left out, anyone's for managers. */
export class UserScopeQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647)
  userId?: number;
}
