import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminDictionaryController } from './admin-dictionary.controller';
import { DictionaryController } from './dictionary.controller';
import { DictionaryService } from './dictionary.service';
import { DictionaryEntry } from './entities/dictionary-entry.entity';
import { RegionService } from './region.service';
import { RegionsController } from './regions.controller';

/**
 * The data dictionary (§9.5) and China's divisions. Other modules validate and label codes
 * through the exported services.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DictionaryEntry])],
  controllers: [DictionaryController, RegionsController, AdminDictionaryController],
  providers: [DictionaryService, RegionService],
  exports: [DictionaryService, RegionService],
})
export class DictionaryModule {}
