import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesController } from './courses.controller';
import { CalendarAnswers } from './calendar-answers';
import { CoursesService } from './courses.service';
import { NextCourseApi } from './next-course.api';
import { Course } from './entities/course.entity';
import { TrainingClass } from './entities/training-class.entity';

/**
 * The courses (§9.1), a module of their own inside the classes feature so that coaches (who
 * are qualified for courses) and classes (which are of a course) both build on it without
 * depending on each other in a circle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Course, TrainingClass])],
  controllers: [CoursesController],
  providers: [CoursesService, CalendarAnswers, NextCourseApi],
  exports: [CoursesService, CalendarAnswers, NextCourseApi],
})
export class CoursesModule {}
