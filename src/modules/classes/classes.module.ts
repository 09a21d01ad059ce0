import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { ClassesController } from './classes.controller';
import { ClassesService } from './classes.service';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { Course } from './entities/course.entity';
import { TrainingClass } from './entities/training-class.entity';

/**
 * Courses and classes (§9.1, §9.2): which courses exist, which class of which course runs
 * when and where. The training calendar's skeleton; staff, groups, enrolment and the
 * schedule hang off it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Course, TrainingClass]), DictionaryModule],
  controllers: [CoursesController, ClassesController],
  providers: [CoursesService, ClassesService],
  exports: [ClassesService],
})
export class ClassesModule {}
