import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/logging/logger.token';
import { AppConfig } from './app-config';

/** The validated configuration, the logger and the clock, available everywhere. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: LOGGER, useValue: logger },
        Clock,
      ],
      exports: [AppConfig, LOGGER, Clock],
    };
  }
}
