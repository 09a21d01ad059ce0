import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { BusinessCalendar } from '../common/calendar/business-calendar';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/logging/logger.token';
import { AppConfig } from './app-config';

/** The validated configuration, the logger, the clock and the business calendar, available everywhere. */
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
        BusinessCalendar,
      ],
      exports: [AppConfig, LOGGER, Clock, BusinessCalendar],
    };
  }
}
