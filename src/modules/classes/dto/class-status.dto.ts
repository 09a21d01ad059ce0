import { IsIn } from 'class-validator';
import { IsVersion } from '../../../common/validation/is-version';
import { CLASS_STATUSES, type ClassStatus } from '../class-status';

/** The status a class moves to, from the version read. */
export class ClassStatusDto {
  @IsIn(CLASS_STATUSES)
  status: ClassStatus;

  @IsVersion()
  version: number;
}
