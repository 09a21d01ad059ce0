import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorBody } from '../common/errors/error-body';

/** One field's faults, in the reader's language (validation and rule failures). */
export class ErrorDetailDto {
  @ApiProperty({ example: 'mobile' })
  field: string;

  @ApiProperty({ type: [String], example: ['手机号格式不正确'] })
  messages: string[];
}

/**
 * The one error shape every response uses (DESIGN.md §7), as the API document describes it:
 * each operation's error answers point here, with the codes that status can carry.
 */
export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ example: 404 })
  statusCode: number;

  @ApiProperty({ description: 'the status reason in English', example: 'Not Found' })
  error: string;

  @ApiProperty({
    description: 'for people, in the language of Accept-Language (Chinese by default)',
    example: '未找到客户 42',
  })
  message: string;

  @ApiPropertyOptional({
    description: 'for programs: stable, never translated',
    example: 'NOT_FOUND',
  })
  code?: string;

  @ApiPropertyOptional({
    description: 'what is wrong with each field (400/422), or facts about the refusal',
    oneOf: [
      { type: 'array', items: { $ref: '#/components/schemas/ErrorDetailDto' } },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: ErrorDetailDto[] | Record<string, unknown>;
}
