import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '../../../access/role';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { ApiExample } from '../../../openapi/api-example.decorator';
import { NOTICE_AUDIENCES, type NoticeAudience } from '../notice-audience';
import { NOTICE_CATEGORIES, type NoticeCategory } from '../notice-category';

/** The longest notice body: a long letter, far below what a request may carry. */
export const MAX_NOTICE_BODY = 20_000;
/** The most documents one notice attaches. */
export const MAX_NOTICE_ATTACHMENTS = 10;

/** A new notice of the bulletin board (§6). */
@ApiExample({
  title: '十二月 TR1 开课安排',
  body: '**TR1 第 12 期**于 12 月 20 日开课，请各位统筹人提前确认学员名单。',
  category: 'schedule',
  pinned: true,
  visibleFrom: '2026-12-05T09:00:00+08:00',
  visibleTo: '2026-12-21T00:00:00+08:00',
  audience: 'roles',
  roles: ['coordinator', 'manager'],
  attachmentIds: [12],
})
export class CreateNoticeDto {
  /** plain text; any tag is taken out */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  /** Markdown; HTML tags and `javascript:` links are taken out before it is stored */
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_NOTICE_BODY)
  body: string;

  /** schedule (课程安排), company (公司通知) or policy (制度) */
  @IsIn(NOTICE_CATEGORIES)
  category: NoticeCategory;

  /** shown above the others */
  @OptionalField()
  @IsBoolean()
  pinned?: boolean;

  /** ISO date-time with zone; now when left out */
  @Nullable()
  @IsDateString({ strict: true })
  visibleFrom?: string | null;

  /** ISO date-time with zone, after visibleFrom; shown until withdrawn when left out */
  @Nullable()
  @IsDateString({ strict: true })
  visibleTo?: string | null;

  /** `all` staff, or only the `roles` listed */
  @IsIn(NOTICE_AUDIENCES)
  audience: NoticeAudience;

  /** with audience `roles`: who sees it */
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  /**
   * documents of the library to attach, in this order (at most 10); each must be one the
   * author may see. On a change the list replaces the one before; [] removes them all.
   */
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_NOTICE_ATTACHMENTS)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  attachmentIds?: number[];
}
