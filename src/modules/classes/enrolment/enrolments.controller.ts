import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../access/current-user.decorator';
import { CheckAbility } from '../../../access/decorators';
import type { Principal } from '../../../access/principal';
import { AuditedInService } from '../../../audit/audit-write.decorator';
import { IdParamPipe } from '../../../common/http/id-param.pipe';
import { ApiDoc } from '../../../openapi/api-doc.decorator';
import { CreateEnrolmentDto } from './dto/create-enrolment.dto';
import { EnrolmentView } from './enrolment.view';
import { EnrolmentsService } from './enrolments.service';

/** A class's roster and enrolment (§4.2.2 报名). */
@ApiTags('classes')
@ApiBearerAuth()
@Controller('classes')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @ApiDoc({ summary: '班级花名册：报名的学员（收费信息仅对有权查看者显示）', ok: [EnrolmentView] })
  @Get(':id/enrolments')
  @CheckAbility('read', 'Enrolment')
  roster(@CurrentUser() principal: Principal, @Param('id', IdParamPipe) id: number) {
    return this.enrolments.roster(principal, id);
  }

  @ApiDoc({
    summary: '报名：学员、优惠、代报名人；同时生成应收款并通知财务',
    ok: EnrolmentView,
    errors: {
      403: ['OVERRIDE_FORBIDDEN'],
      409: ['CLASS_FULL', 'ALREADY_ENROLLED', 'ERASED'],
      422: ['NOT_ENROLLING', 'PREREQUISITE_MISSING', 'OVERRIDE_NOT_NEEDED', 'DISCOUNT_TOO_LARGE'],
    },
  })
  @Post(':id/enrolments')
  @CheckAbility('create', 'Enrolment')
  @AuditedInService()
  enrol(
    @CurrentUser() principal: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: CreateEnrolmentDto,
  ) {
    return this.enrolments.enrol(principal, id, dto);
  }
}
