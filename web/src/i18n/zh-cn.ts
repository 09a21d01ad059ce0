import { auth } from './zh-cn/auth';
import { common, errors } from './zh-cn/common';
import { customers } from './zh-cn/customers';
import { nav } from './zh-cn/nav';
import { workbench } from './zh-cn/workbench';
import { admin } from './zh-cn/admin';
import { results } from './zh-cn/results';
import { care } from './zh-cn/care';
import { classes } from './zh-cn/classes';
import { money } from './zh-cn/money';
import { reports } from './zh-cn/reports';
import { boards } from './zh-cn/boards';

/** The console's Chinese text, one file per area under zh-cn/ (en/ mirrors it). */
export const zhCn = {
  common,
  errors,
  auth,
  nav,
  workbench,
  customers,
  admin,
  results,
  care,
  classes,
  money,
  reports,
  boards,
};

export type Catalogue = typeof zhCn;
