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

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @AuditedInService()
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @AuditedInService()
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  @AuditedInService()
  async logout(@CurrentUser() user: Principal) {
    await this.auth.logout(user);
  }

  @Get('me')
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  me(@CurrentUser() user: Principal) {
    return this.auth.me(user);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  @AuditedInService()
  changePassword(@CurrentUser() user: Principal, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(user, dto);
  }

  @Post('2fa/setup')
  @HttpCode(200)
  @ApiBearerAuth()
  @SignedIn()
  @AllowPendingSignIn()
  @AuditedInService()
  setupTwoFactor(@CurrentUser() user: Principal) {
    return this.auth.startTwoFactorSetup(user);
  }

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
