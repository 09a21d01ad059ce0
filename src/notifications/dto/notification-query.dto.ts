import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { OptionalField } from '../../common/validation/optional-field';

export class NotificationQueryDto extends PageQueryDto {
  /** only unread messages */
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}
