import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { AllowPendingSignIn, Public, SignedIn } from '../access/decorators';
import type { Principal } from '../access/principal';
import { AuditedInService } from '../audit/audit-write.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshDto } from './dto/refresh.dto';
import { TotpCodeDto } from './dto/totp-code.dto';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { MeView } from './me.view';
import { TokenPair } from './token-pair.view';
import { TwoFactorEnabledView } from './two-factor-enabled.view';
import { TwoFactorSetupView } from './two-factor-setup.view';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @ApiDoc({
    summary: '登录：用户名和密码（开启两步验证时加动态码）换取令牌',
    ok: TokenPair,
    errors: {
      401: ['BAD_CREDENTIALS', 'OTP_REQUIRED', 'BAD_OTP'],
      403: ['ACCOUNT_FROZEN', 'ACCOUNT_DISABLED'],
      423: ['ACCOUNT_LOCKED'],
    },
  })
  @Post('login')
  @HttpCode(200)
  @Public()
  @AuditedInService()
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @ApiDoc({
    summary: '用刷新令牌换一对新令牌（旧的随即作废）',
    ok: TokenPair,
    errors: {
      401: [
        'REFRESH_INVALID',
        'REFRESH_REUSED',
        'SESSION_EXPIRED',
        'SESSION_REVOKED',
        'ACCOUNT_FROZEN',
        'ACCOUNT_DISABLED',
      ],
    },
  })
  @Post('refresh')
  @HttpCode(200)
  @Public()
  @AuditedInService()
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiDoc({ summary: '退出登录：结束当前会话' })
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  @AuditedInService()
  async logout(@CurrentUser() user: Principal) {
    await this.auth.logout(user);
  }

  @ApiDoc({ summary: '当前用户：账号、待完成的登录步骤、权限规则和登录摘要', ok: MeView })
  @Get('me')
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  me(@CurrentUser() user: Principal) {
    return this.auth.me(user);
  }

  @ApiDoc({
    summary: '修改自己的密码，并换发令牌',
    ok: TokenPair,
    // A wrong current password is a 400 on that field (the session itself is fine).
    errors: { 400: ['WEAK_PASSWORD', 'BAD_CREDENTIALS'] },
  })
  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  @AuditedInService()
  changePassword(@CurrentUser() user: Principal, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(user, dto);
  }

  @ApiDoc({
    summary: '开始设置两步验证：生成密钥和二维码地址',
    ok: TwoFactorSetupView,
    errors: { 409: ['TWO_FACTOR_ON'] },
  })
  @Post('2fa/setup')
  @HttpCode(200)
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  @AuditedInService()
  setupTwoFactor(@CurrentUser() user: Principal) {
    return this.auth.startTwoFactorSetup(user);
  }

  @ApiDoc({
    summary: '用动态码确认，开启两步验证',
    ok: TwoFactorEnabledView,
    errors: { 400: ['BAD_OTP'], 409: ['TWO_FACTOR_NOT_STARTED', 'TWO_FACTOR_ON'] },
  })
  @Post('2fa/enable')
  @HttpCode(200)
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  @AuditedInService()
  enableTwoFactor(@CurrentUser() user: Principal, @Body() dto: TotpCodeDto) {
    return this.auth.enableTwoFactor(user, dto.code);
  }
}
