/**
 * Search terms for spoken syllables, from each syllable on: `p` + the pinyin joined and `i` +
 * the initials joined, so "jgyy" or "jiageyiyi" finds 价格异议 and a search from the middle of
 * a name finds it too. Added to `terms`, each value cut at `max` characters (an index key).
 */
export function addPinyinSuffixTerms(spoken: string[], terms: Set<string>, max: number): void {
  for (let i = 0; i < spoken.length; i += 1) {
    const rest = spoken.slice(i);
    terms.add(`p${rest.join('').slice(0, max)}`);
    terms.add(
      `i${rest
        .map((syllable) => syllable[0])
        .join('')
        .slice(0, max)}`,
    );
  }
}
