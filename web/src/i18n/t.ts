import { en } from './en';
import { locale } from './locale';
import { zhCn, type Catalogue } from './zh-cn';

const catalogues: Record<string, Catalogue> = { 'zh-CN': zhCn, en };

/**
 * The console's text for a key (`nav.customers`), in its language, with `{name}` filled in.
 * A missing key shows itself, so that a gap is seen rather than hidden.
 */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalogues[locale.value],
    );
  const text = typeof found === 'string' ? found : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
