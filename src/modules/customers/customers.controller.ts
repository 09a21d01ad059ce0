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
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CustomerOverviewView } from './customer-overview.view';
import { CustomerPhonesView } from './customer-phones.view';
import { CustomerReferralsView } from './customer-referrals.view';
import { CustomerTransferResultView } from './customer-transfer-result.view';
import { CustomerListItem, CustomerView } from './customer-view';
import { ErasedCustomerView } from './erased-customer.view';

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

  @ApiDoc({
    summary: '客户列表：筛选、搜索、排序（分页，手机号已打码，计入每日查看配额）',
    ok: CustomerListItem,
    page: true,
    errors: { 403: ['VIEW_QUOTA_EXCEEDED'] },
  })
  @Get()
  @CheckAbility('read', 'Customer')
  list(@CurrentUser() user: Principal, @Query() filter: CustomerQueryDto) {
    return this.query.list(user, filter);
  }

  @ApiDoc({
    summary: '新建客户',
    ok: CustomerView,
    errors: {
      403: ['OWNER_CHANGE_FORBIDDEN'],
      409: ['DUPLICATE_MOBILE'],
      422: ['INTRODUCER_CYCLE'],
    },
  })
  @Post()
  @CheckAbility('create', 'Customer')
  @AuditedInService()
  create(@CurrentUser() user: Principal, @Body() dto: CreateCustomerDto) {
    return this.customers.create(user, dto);
  }

  @ApiDoc({
    summary: '把客户转给另一位跟进人（全部或选中的）',
    ok: CustomerTransferResultView,
    errors: { 422: [] },
  })
  @Post('transfer')
  @HttpCode(200)
  @CheckAbility('transfer', 'Customer')
  @AuditedInService()
  transfer(@Body() dto: TransferCustomersDto) {
    return this.transfers.transfer(dto);
  }

  @ApiDoc({
    summary: '客户详情（手机号已打码，计入每日查看配额）',
    ok: CustomerView,
    errors: { 403: ['VIEW_QUOTA_EXCEEDED'] },
  })
  @Get(':id')
  @CheckAbility('read', 'Customer')
  get(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.customers.read(user, id);
  }

  @ApiDoc({
    summary: '客户 360 视图：资料、转介绍、状态变化及计划和记录等板块',
    ok: CustomerOverviewView,
    errors: { 403: ['VIEW_QUOTA_EXCEEDED'] },
  })
  @Get(':id/overview')
  @CheckAbility('read', 'Customer')
  overview(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.overviews.overview(user, id);
  }

  @ApiDoc({
    summary: '客户的转介绍树（逐层列出）',
    ok: CustomerReferralsView,
    errors: { 403: ['VIEW_QUOTA_EXCEEDED'] },
  })
  @Get(':id/referrals')
  @CheckAbility('read', 'Customer')
  referrals(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Query() params: ReferralQueryDto,
  ) {
    return this.query.referrals(user, id, params.depth);
  }

  @ApiDoc({
    summary: '查看客户完整手机号（记入审计，计入配额）',
    ok: CustomerPhonesView,
    errors: { 403: ['VIEW_QUOTA_EXCEEDED'], 409: ['ERASED'] },
  })
  @Post(':id/reveal-phone')
  @HttpCode(200)
  @CheckAbility('revealPhone', 'Customer')
  @AuditedInService()
  revealPhone(@CurrentUser() user: Principal, @Param('id', IdParamPipe) id: number) {
    return this.customers.revealPhones(user, id);
  }

  @ApiDoc({
    summary: '修改客户资料（需带上读取时的 version）',
    ok: CustomerView,
    errors: {
      403: ['OWNER_CHANGE_FORBIDDEN'],
      409: ['DUPLICATE_MOBILE', 'ERASED'],
      422: ['INTRODUCER_CYCLE'],
    },
  })
  @Patch(':id')
  @CheckAbility('update', 'Customer')
  @AuditedInService()
  update(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateCustomerDto,
  ) {
    return this.customers.update(user, id, dto);
  }

  @ApiDoc({ summary: '删除客户（可恢复）' })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('delete', 'Customer')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number) {
    await this.customers.softDelete(id);
  }

  @ApiDoc({
    summary: '恢复已删除的客户',
    ok: CustomerView,
    errors: { 409: ['NOT_DELETED', 'DUPLICATE_MOBILE'] },
  })
  @Post(':id/restore')
  @HttpCode(200)
  @CheckAbility('restore', 'Customer')
  @AuditedInService()
  restore(@Param('id', IdParamPipe) id: number) {
    return this.customers.restore(id);
  }

  @ApiDoc({
    summary: '永久抹除客户的个人信息（个人信息保护法，不可恢复）',
    ok: ErasedCustomerView,
    errors: { 409: ['ERASED'] },
  })
  @Post(':id/erase')
  @HttpCode(200)
  @CheckAbility('erase', 'Customer')
  @AuditedInService()
  erase(
    @CurrentUser() user: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: EraseCustomerDto,
  ) {
    return this.erasures.erase(user, id, dto.reason);
  }
}
