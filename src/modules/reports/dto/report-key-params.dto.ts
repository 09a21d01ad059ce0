import { Matches } from 'class-validator';

/** `:key` of a report: kebab-case, as the catalogue lists them. */
export class ReportKeyParamsDto {
  @Matches(/^[a-z][a-z0-9-]{1,48}$/, { message: 'validation.rules.reportKey' })
  key: string;
}
