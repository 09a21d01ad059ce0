/** One group of an ad-hoc count: the values of its dimensions, their names, and the count. */
export class CountRowView {
  /** the first dimension's value as text (an id, a code, `YYYY-MM`); null when not filled in */
  value: string | null;
  label: string;
  /** the second dimension's, when one was asked for */
  value2?: string | null;
  label2?: string;
  count: number;
}

/** 自定义报表: a subject counted by one or two dimensions, the largest groups first. */
export class CountsView {
  subject: string;
  by: string;
  by2: string | null;
  /** the period counted, both ends included; null: all time */
  from: string | null;
  to: string | null;
  /** the records counted, in every group (not only those shown) */
  total: number;
  rows: CountRowView[];
  /** more groups than shown (at most 500 are) */
  truncated: boolean;
}
