import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../classes/courses.module';
import { CustomersModule } from '../customers/customers.module';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { CoachUnavailabilityService } from './coach-unavailability.service';
import { CoachViews } from './coach-views';
import { CoachesApi } from './coaches.api';
import { CoachesController } from './coaches.controller';
import { CoachErasure } from './coaches.erasure';
import { CoachesService } from './coaches.service';
import { CoachCourse } from './entities/coach-course.entity';
import { CoachKindRow } from './entities/coach-kind-row.entity';
import { CoachUnavailability } from './entities/coach-unavailability.entity';
import { Coach } from './entities/coach.entity';

/**
 * Coaches and assistants (§5): who they are, what they serve as, their level, the courses
 * they may serve and when they cannot. Classes assign them through CoachesApi, the one
 * service other modules use.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Coach, CoachKindRow, CoachCourse, CoachUnavailability]),
    CoursesModule,
    CustomersModule,
    DictionaryModule,
  ],
  controllers: [CoachesController],
  providers: [CoachesService, CoachUnavailabilityService, CoachViews, CoachesApi, CoachErasure],
  exports: [CoachesApi],
})
export class CoachesModule {}
