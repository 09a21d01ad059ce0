import { auth } from './en/auth';
import { common, errors } from './en/common';
import { customers } from './en/customers';
import { nav } from './en/nav';
import { workbench } from './en/workbench';
import { admin } from './en/admin';
import { results } from './en/results';
import { care } from './en/care';
import { classes } from './en/classes';
import { money } from './en/money';
import { reports } from './en/reports';
import { boards } from './en/boards';
import type { Catalogue } from './zh-cn';

/** The console's English text, on request. */
export const en: Catalogue = {
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
