import type { ZH_CN } from './catalogues/zh-cn';

/** A catalogue of the same shape as the Chinese one: every key there, texts of its own. */
export type Catalogue = ShapeOf<typeof ZH_CN>;

type ShapeOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : ShapeOf<T[K]> };

/** Every key of the catalogues, dotted: `customers.notFound`. */
export type MessageKey = KeysOf<typeof ZH_CN>;

type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
