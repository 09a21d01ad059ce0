import type { DictionaryType } from '../dictionary/dictionary-type';
import type { CustomerChanges } from './customer-input';

/**
 * The columns of the customer spreadsheets: the import template, the file read by an
 * import, the rejected-rows file it hands back and the export, all in one order with one
 * set of titles, so that an export can be imported again as it is.
 */

/** Every customer field a spreadsheet row can carry: all but the care data. */
export type ImportField = Exclude<keyof CustomerChanges, 'care'>;

export interface Choice {
  code: string;
  label: string;
}

/** Fixed value lists (not in the dictionary): a cell may hold the code or the label. */
export const GENDER_CHOICES: readonly Choice[] = [
  { code: 'male', label: '男' },
  { code: 'female', label: '女' },
  { code: 'unknown', label: '未知' },
];

export const CATEGORY_CHOICES: readonly Choice[] = [
  { code: 'prospect', label: '潜在客户' },
  { code: 'student', label: '学员' },
  { code: 'guest', label: '嘉宾' },
  { code: 'assistant', label: '助教' },
  { code: 'coach', label: '教练' },
];

export const STAGE_CHOICES: readonly Choice[] = [
  { code: 'none', label: '无' },
  { code: 'TR1', label: '一阶段' },
  { code: 'TR2', label: '二阶段' },
  { code: 'TA', label: '三阶段' },
];

/** The owner's column: not a field of the customer's data, read as a user name. */
export type SheetField = ImportField | 'owner';

export interface ImportColumn {
  field: SheetField;
  title: string;
  required: boolean;
  /** the dictionary the column's codes come from */
  dictionary?: DictionaryType;
  /** the fixed values the column takes */
  choices?: readonly Choice[];
  /** shown as a note on the template's header cell */
  hint?: string;
  width: number;
}

/** In template order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { field: 'name', title: '姓名', required: true, width: 12 },
  {
    field: 'mobile',
    title: '手机',
    required: true,
    width: 15,
    hint: '11 位大陆手机号，不可与已有客户重复',
  },
  {
    field: 'gender',
    title: '性别',
    required: false,
    choices: GENDER_CHOICES,
    width: 6,
    hint: '男 / 女 / 未知',
  },
  { field: 'birthday', title: '生日', required: false, width: 12, hint: 'YYYY-MM-DD' },
  {
    field: 'otherPhones',
    title: '其他电话',
    required: false,
    width: 18,
    hint: '最多 5 个，用逗号分隔',
  },
  { field: 'wechat', title: '微信', required: false, width: 14 },
  { field: 'email', title: '邮箱', required: false, width: 22 },
  { field: 'provinceCode', title: '省份代码', required: false, width: 10, hint: '见“地区”表' },
  { field: 'cityCode', title: '城市代码', required: false, width: 10, hint: '见“地区”表' },
  { field: 'company', title: '公司', required: false, width: 20 },
  {
    field: 'industry',
    title: '行业',
    required: false,
    dictionary: 'industry',
    width: 12,
    hint: '代码或名称，见“代码表”',
  },
  {
    field: 'position',
    title: '职务',
    required: false,
    dictionary: 'position',
    width: 12,
    hint: '代码或名称，见“代码表”',
  },
  {
    field: 'companySize',
    title: '公司规模',
    required: false,
    dictionary: 'company_size',
    width: 10,
    hint: '代码或名称，见“代码表”',
  },
  {
    field: 'education',
    title: '学历',
    required: false,
    dictionary: 'education',
    width: 10,
    hint: '代码或名称，见“代码表”',
  },
  { field: 'jobSituation', title: '工作情况', required: false, width: 20 },
  {
    field: 'category',
    title: '类别',
    required: false,
    choices: CATEGORY_CHOICES,
    width: 10,
    hint: '代码或名称，见“代码表”',
  },
  {
    field: 'stage',
    title: '阶段',
    required: false,
    choices: STAGE_CHOICES,
    width: 8,
    hint: '代码或名称，见“代码表”',
  },
  {
    field: 'level',
    title: '级别',
    required: false,
    dictionary: 'customer_level',
    width: 8,
    hint: '代码或名称，见“代码表”',
  },
  {
    field: 'source',
    title: '来源',
    required: false,
    dictionary: 'source',
    width: 12,
    hint: '代码或名称，见“代码表”',
  },
  {
    field: 'statusTag',
    title: '状态',
    required: false,
    dictionary: 'customer_status',
    width: 10,
    hint: '代码或名称，见“代码表”',
  },
  { field: 'notes', title: '备注', required: false, width: 30 },
  // By user name (the login), the one key of an account that never changes hands.
  {
    field: 'owner',
    title: '跟进人',
    required: false,
    width: 12,
    hint: '用户名（登录名）；留空则为导入人。填写他人须有客户转移权限',
  },
];

/** The extra column of the rejected-rows file; ignored when that file is imported again. */
export const REASON_TITLE = '错误原因';

/** A header cell as written: required columns carry a `*`. */
export function headerTitle(column: ImportColumn): string {
  return column.required ? `${column.title}*` : column.title;
}

/** A header cell as read: `*`, full-width `＊` and spaces do not matter. */
export function normalizeTitle(text: string): string {
  return text.replace(/[*＊\s]/g, '');
}

const TITLE_OF_FIELD = new Map<string, string>(
  IMPORT_COLUMNS.map((column) => [column.field, column.title]),
);

/** The column title for a field named in a validation problem (`mobile` → 手机). */
export function titleOfField(field: string): string {
  return TITLE_OF_FIELD.get(field.split('.')[0]) ?? field;
}
