import i18next from 'i18next';
import { RequestContext } from '../request-context';
import { EN } from './catalogues/en';
import { ZH_CN } from './catalogues/zh-cn';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { isMsg, type Msg, type MsgParam } from './msg';

/** The one i18next instance, with both catalogues built in: ready on import, no loading. */
const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { translation: ZH_CN }, en: { translation: EN } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['zh-CN', 'en'],
  initAsync: false,
  nsSeparator: false,
  // Answers are JSON, files and plain text: nothing here is HTML.
  interpolation: { escapeValue: false },
});

const LIST_SEPARATOR: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

/** The locale of the request being served, or the default outside of one (jobs). */
export function currentLocale(): Locale {
  return RequestContext.current()?.locale ?? DEFAULT_LOCALE;
}

/** A message in a language: the request's unless one is given. */
export function translate(message: Msg, locale: Locale = currentLocale()): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    values[name] = paramText(value, locale);
  return i18n.t(message.key, { ...values, lng: locale });
}

/** True when the text is a key of the catalogues (a DTO rule's message may be one). */
export function isMessageKey(text: string): boolean {
  return i18n.exists(text, { lng: DEFAULT_LOCALE });
}

function paramText(value: MsgParam, locale: Locale): string | number {
  if (Array.isArray(value))
    return value
      .map((item: string | number | Msg) => paramText(item, locale))
      .join(LIST_SEPARATOR[locale]);
  if (isMsg(value)) return translate(value, locale);
  return value as string | number;
}
