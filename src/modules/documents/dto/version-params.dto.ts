import { Type } from 'class-transformer';
import { IsId } from '../../../common/validation/is-id';

/** `/documents/:id/versions/:versionId`. */
export class VersionParamsDto {
  @Type(() => Number)
  @IsId()
  id: number;

  @Type(() => Number)
  @IsId()
  versionId: number;
}
