import { pinyin } from 'pinyin-pro';

/**
 * The pinyin syllables of a text, lower-case letters only, for search terms (customers'
 * names, scripts' titles). Chinese characters become syllables; a latin run comes back whole,
 * so it is split into words; punctuation and digits are dropped. `head` reads the first
 * character as a surname (曾 zeng, not ceng), which only a person's name wants.
 */
export function pinyinSyllables(text: string, surname: 'off' | 'head' = 'off'): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname })
    .flatMap((part) => part.split(/\s+/))
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean);
}
