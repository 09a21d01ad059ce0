import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { ClassesController } from './classes.controller';
import { ClassesService } from './classes.service';
import { CoachesModule } from '../coaches/coaches.module';
import { ClassDetails } from './class-details';
import { ClassGroups } from './class-groups';
import { ClassStaffing } from './class-staffing';
import { CoachAvailabilityController } from './coach-availability.controller';
import { CoachAvailabilityService } from './coach-availability.service';
import { CoursesModule } from './courses.module';
import { ClassGroup } from './entities/class-group.entity';
import { ClassStaff } from './entities/class-staff.entity';
import { TrainingClass } from './entities/training-class.entity';

/**
 * Courses and classes (§9.1, §9.2): which courses exist, which class of which course runs
 * when and where. The training calendar's skeleton; staff, groups, enrolment and the
 * schedule hang off it.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([TrainingClass, ClassStaff, ClassGroup]),
    DictionaryModule,
    CoursesModule,
    CoachesModule,
  ],
  controllers: [ClassesController, CoachAvailabilityController],
  providers: [ClassesService, ClassStaffing, ClassGroups, ClassDetails, CoachAvailabilityService],
  exports: [ClassesService],
})
export class ClassesModule {}
