import type { DictionaryType } from './dictionary-type';
import type { DictionaryEntry } from './entities/dictionary-entry.entity';

/** An entry as the API shows it. */
export class DictionaryEntryView {
  type: DictionaryType;
  code: string;
  label: string;
  sortOrder: number;
  active: boolean;
  updatedAt: Date;
  version: number;
}

export function toDictionaryEntryView(entry: DictionaryEntry): DictionaryEntryView {
  return {
    type: entry.type,
    code: entry.code,
    label: entry.label,
    sortOrder: entry.sortOrder,
    active: entry.active,
    updatedAt: entry.updatedAt,
    version: entry.version,
  };
}
