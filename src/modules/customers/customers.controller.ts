import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CustomerErasureService } from './customer-erasure.service';
import { CustomerOverviewService } from './customer-overview.service';
import { CustomerQueryService } from './customer-query.service';
import { CustomerTransferService } from './customer-transfer.service';
import { CustomersService } from './customers.service';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { CustomerQueryDto } from './dto/customer-query.dto';
import { EraseCustomerDto } from './dto/erase-customer.dto';
import { ReferralQueryDto } from './dto/referral-query.dto';
import { TransferCustomersDto } from './dto/transfer-customers.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';

/** The shared customer base (§3). Static paths come before `:id`. */
@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly query: CustomerQueryService,
    private readonly overviews: CustomerOverviewService,
    private readonly transfers: CustomerTransferService,
    private readonly erasures: CustomerErasureService,
  ) {}

  @Get()
  @CheckAbility('read', 'Customer')
  list(@CurrentUser() user: Principal, @Query() filter: CustomerQueryDto) {
    return this.query.list(user, filter);
  }

  @Post()
  @CheckAbility('create', 'Customer')
  @AuditedInService()
  create(@CurrentUser() user: Principal, @Body() dto: CreateCustomerDto) {
    return this.customers.create(user, dto);
  }

  @Post('transfer')
  @HttpCode(200)
  @CheckAbility('transfer', 'Customer')
  @AuditedInService()
  transfer(@Body() dto: TransferCustomersDto) {
    return this.transfers.transfer(dto);
  }

  @Get(':id')
  @CheckAbility('read', 'Customer')
  get(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.customers.read(user, id, user.ability.can('restore', 'Customer'));
  }

  @Get(':id/overview')
  @CheckAbility('read', 'Customer')
  overview(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.overviews.overview(user, id);
  }

  @Get(':id/referrals')
  @CheckAbility('read', 'Customer')
  referrals(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number, @Query() params: ReferralQueryDto) {
    return this.query.referrals(user, id, params.depth);
  }

  @Post(':id/reveal-phone')
  @HttpCode(200)
  @CheckAbility('revealPhone', 'Customer')
  @AuditedInService()
  revealPhone(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.customers.revealPhones(user, id);
  }

  @Patch(':id')
  @CheckAbility('update', 'Customer')
  @AuditedInService()
  update(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: UpdateCustomerDto) {
    return this.customers.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('delete', 'Customer')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number) {
    await this.customers.softDelete(id);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @CheckAbility('restore', 'Customer')
  @AuditedInService()
  restore(@Param('id', IdParamPipe) id: number) {
    return this.customers.restore(id);
  }

  @Post(':id/erase')
  @HttpCode(200)
  @CheckAbility('erase', 'Customer')
  @AuditedInService()
  erase(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: EraseCustomerDto) {
    return this.erasures.erase(user, id, dto.reason);
  }
}
