import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../users/users.module';
import { CoursesModule } from '../classes/courses.module';
import { ScriptRead } from './entities/script-read.entity';
import { ScriptSearchTerm } from './entities/script-search-term.entity';
import { ScriptVersion } from './entities/script-version.entity';
import { Script } from './entities/script.entity';
import { ScriptIndex } from './script-index';
import { ScriptReadingService } from './script-reading.service';
import { ScriptSearchService } from './script-search.service';
import { ScriptVersionsService } from './script-versions.service';
import { ScriptViews } from './script-views';
import { ScriptsBriefing } from './scripts.briefing';
import { ScriptsController } from './scripts.controller';
import { ScriptsService } from './scripts.service';

/**
 * The script library (常用术语集, §7): talk scripts per course and situation, every edit kept
 * as a version, searched by words and title pinyin, a reading list for new staff with "read"
 * marks; and the scripts of a customer's next course in the plan briefing (`*.briefing.ts`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Script, ScriptVersion, ScriptRead, ScriptSearchTerm]),
    UsersModule,
    CoursesModule,
  ],
  controllers: [ScriptsController],
  providers: [
    ScriptsService,
    ScriptSearchService,
    ScriptReadingService,
    ScriptVersionsService,
    ScriptViews,
    ScriptIndex,
    // what this module contributes to other modules' extension points
    ScriptsBriefing,
  ],
})
export class ScriptsModule {}
