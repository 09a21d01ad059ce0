import { Type } from 'class-transformer';
import { InteractionFieldsDto } from './interaction-fields.dto';
import { IsId } from '../../../common/validation/is-id';
import { ApiExample } from '../../../openapi/api-example.decorator';

@ApiExample({
  customerId: 42,
  typeId: 1,
  channel: 'phone',
  content: '电话沟通了下期课程安排，客户对周末班感兴趣',
  outcome: '约好周六来校面谈',
  statusTag: 'interested',
  nextPlan: { typeId: 2, content: '面谈并介绍周末班', dueAt: '2026-12-12T14:00:00+08:00' },
})
export class CreateInteractionDto extends InteractionFieldsDto {
  @Type(() => Number)
  @IsId()
  customerId: number;

  @Type(() => Number)
  @IsId()
  typeId: number;
}
