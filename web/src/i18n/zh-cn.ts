import { auth } from './zh-cn/auth';
import { common, errors } from './zh-cn/common';
import { customers } from './zh-cn/customers';
import { nav } from './zh-cn/nav';

/** The console's Chinese text, one file per area under zh-cn/ (en/ mirrors it). */
export const zhCn = { common, errors, auth, nav, customers };

export type Catalogue = typeof zhCn;
