import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CustomerGoldImoService } from './customer-gold-imo.service';
import { GoldImoDto } from './dto/gold-imo.dto';
import { GoldImoResultView } from './gold-imo-result.view';

/** The 金牌 IMO mark on a customer (§1.2 c), set by managers. */
@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomerGoldImoController {
  constructor(private readonly goldImo: CustomerGoldImoService) {}

  @ApiDoc({
    summary: '标记（或取消标记）金牌 IMO 客户',
    ok: GoldImoResultView,
    errors: { 409: ['ERASED'] },
  })
  @Put(':id/gold-imo')
  @CheckAbility('markGoldImo', 'Customer')
  @AuditedInService()
  mark(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: GoldImoDto,
  ) {
    return this.goldImo.mark(principal, id, dto);
  }
}
