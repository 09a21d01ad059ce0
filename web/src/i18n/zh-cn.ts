import { auth } from './zh-cn/auth';
import { common, errors } from './zh-cn/common';
import { customers } from './zh-cn/customers';
import { nav } from './zh-cn/nav';
import { workbench } from './zh-cn/workbench';
import { admin } from './zh-cn/admin';
import { results } from './zh-cn/results';
import { care } from './zh-cn/care';

/** The console's Chinese text, one file per area under zh-cn/ (en/ mirrors it). */
export const zhCn = { common, errors, auth, nav, workbench, customers, admin, results, care };

export type Catalogue = typeof zhCn;
