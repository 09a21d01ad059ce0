import { Matches, MaxLength } from 'class-validator';

/** `:name` of the job routes. */
export class JobNameParamDto {
  @MaxLength(64)
  @Matches(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { message: 'validation.rules.jobName' })
  name: string;
}
