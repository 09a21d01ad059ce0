/** The languages people are answered in: Chinese by default, English when the client asks. */
export type Locale = 'zh-CN' | 'en';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The locale for an `Accept-Language` header: the language the client prefers most (by its
 * q-value) among Chinese and English; anything else, or no header, is answered in Chinese.
 */
export function localeOf(acceptLanguage: string | string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.slice(0, 500).split(',')) {
    const [tag, ...options] = part.trim().toLowerCase().split(';');
    const quality = options
      .map((option) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(option))
      .find(Boolean);
    const q = quality ? Number(quality[1]) : 1;
    const language = tag.trim().split('-')[0];
    const locale: Locale | undefined =
      language === 'en' ? 'en' : language === 'zh' ? 'zh-CN' : undefined;
    if (locale && q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
