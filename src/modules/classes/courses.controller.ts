import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility, SignedIn } from '../../access/decorators';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { CoursesService } from './courses.service';
import { CourseQueryDto } from './dto/course-query.dto';
import { CreateCourseDto } from './dto/create-course.dto';
import { UpdateCourseDto } from './dto/update-course.dto';
import { Course } from './entities/course.entity';

/** The courses (§9.1): everyone reads them; admins keep the tool courses and the fees. */
@ApiTags('classes')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @ApiDoc({ summary: '课程列表（主线在前，按顺序；含已停用的，可按 active 筛选）', ok: [Course] })
  @Get()
  @SignedIn()
  list(@Query() query: CourseQueryDto) {
    return this.courses.list(query);
  }

  @ApiDoc({ summary: '课程详情', ok: Course })
  @Get(':id')
  @SignedIn()
  get(@Param('id', IdParamPipe) id: number) {
    return this.courses.get(id);
  }

  @ApiDoc({
    summary: '新增工具课程',
    ok: Course,
    errors: { 409: ['DUPLICATE_CODE'], 422: ['TOO_MANY_COURSES'] },
  })
  @Post()
  @CheckAbility('update', 'Course')
  @AuditedInService()
  create(@Body() dto: CreateCourseDto) {
    return this.courses.create(dto);
  }

  @ApiDoc({
    summary: '修改课程（主线课程只能改默认学费和说明；active=false 停用工具课程）',
    ok: Course,
    errors: { 422: ['MAIN_LINE_FIXED', 'STAGE_FIXED'] },
  })
  @Patch(':id')
  @CheckAbility('update', 'Course')
  @AuditedInService()
  update(@Param('id', IdParamPipe) id: number, @Body() dto: UpdateCourseDto) {
    return this.courses.update(id, dto);
  }

  @ApiDoc({
    summary: '删除没有班级的工具课程（有班级的请停用）',
    errors: { 409: ['IN_USE'], 422: ['MAIN_LINE_FIXED'] },
  })
  @Delete(':id')
  @HttpCode(204)
  @CheckAbility('update', 'Course')
  @AuditedInService()
  async remove(@Param('id', IdParamPipe) id: number): Promise<void> {
    await this.courses.remove(id);
  }
}
