import type { DictionaryType } from './dictionary-type';
import type { DictionaryService } from './dictionary.service';

/**
 * Active dictionary codes, read once per type and kept for one request or one import, so that
 * checking 100,000 rows costs a handful of queries.
 */
export class DictionaryLookup {
  private readonly loaded = new Map<DictionaryType, Promise<Set<string>>>();

  constructor(private readonly dictionary: DictionaryService) {}

  async has(type: DictionaryType, code: string): Promise<boolean> {
    if (!this.loaded.has(type)) this.loaded.set(type, this.dictionary.activeCodes(type));
    return (await this.loaded.get(type)!).has(code);
  }
}
