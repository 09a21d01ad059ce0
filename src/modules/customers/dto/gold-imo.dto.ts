import { IsBoolean } from 'class-validator';
import { IsVersion } from '../../../common/validation/is-version';

/** Marks a customer 金牌 IMO, or takes the mark off, at the version read. */
export class GoldImoDto {
  @IsBoolean()
  marked: boolean;

  @IsVersion()
  version: number;
}
