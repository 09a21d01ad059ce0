import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CustomerCampaignsApi } from '../customers/customer-campaigns.api';
import { MarketingOptOutDto } from './dto/marketing-opt-out.dto';
import { MarketingOptOutView } from './marketing-opt-out.view';

/** A customer's "no marketing texts": group SMS never reach them. */
@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomerMarketingController {
  constructor(private readonly customers: CustomerCampaignsApi) {}

  @ApiDoc({
    summary: '设置客户是否拒收营销短信（群发短信）',
    ok: MarketingOptOutView,
    errors: { 409: ['ERASED'] },
  })
  @Put(':id/marketing-opt-out')
  @CheckAbility('update', 'Customer')
  @AuditedInService()
  set(@Param('id', IdParamPipe) id: number, @Body() dto: MarketingOptOutDto) {
    return this.customers.setMarketingOptOut(id, dto.optOut);
  }
}
