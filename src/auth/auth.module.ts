import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AppConfig } from '../config/app-config';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { AdminLockoutsController } from './admin-lockouts.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthSession } from './entities/auth-session.entity';
import { LoginThrottle } from './entities/login-throttle.entity';
import { FirstAdminService } from './first-admin.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { SessionService } from './session.service';
import { SignInSummaryRegistry } from './sign-in-summary.registry';
import { TotpService } from './totp.service';

/** Sign-in with passwords, rotating refresh tokens, TOTP and lockout; the first admin. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AuthSession, LoginThrottle]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    UsersModule,
    AccessModule,
    NotificationsModule,
  ],
  controllers: [AuthController, AdminLockoutsController],
  providers: [
    AuthService,
    SessionService,
    LoginThrottleService,
    TotpService,
    JwtStrategy,
    FirstAdminService,
    SignInSummaryRegistry,
  ],
  exports: [AuthService, TotpService, SignInSummaryRegistry],
})
export class AuthModule {}
