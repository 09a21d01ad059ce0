import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { insertRows } from '../src/database/insert-rows';
import { SchemaKit } from '../src/database/schema-kit';

type Seed = Record<string, [code: string, label: string][]>;

/**
 * The defaults each type starts with (§9.5); an admin renames, reorders, adds and
 * deactivates them afterwards. Codes are lower-case ASCII and never change.
 */
const DEFAULTS: Seed = {
  industry: [
    ['it', '信息技术/互联网'],
    ['manufacturing', '制造业'],
    ['finance', '金融'],
    ['education', '教育培训'],
    ['real_estate', '房地产/建筑'],
    ['retail', '批发零售'],
    ['healthcare', '医疗健康'],
    ['hospitality', '餐饮/酒店/旅游'],
    ['logistics', '交通物流'],
    ['media', '文化传媒'],
    ['consulting', '咨询/商务服务'],
    ['energy', '能源/化工'],
    ['agriculture', '农林牧渔'],
    ['government', '政府/事业单位'],
    ['other', '其他'],
  ],
  position: [
    ['owner', '企业主/创始人'],
    ['executive', '高层管理'],
    ['manager', '中层管理'],
    ['supervisor', '基层主管'],
    ['professional', '专业技术人员'],
    ['staff', '普通职员'],
    ['freelancer', '自由职业'],
    ['student', '学生'],
    ['homemaker', '全职家庭'],
    ['retired', '退休'],
    ['other', '其他'],
  ],
  company_size: [
    ['s1', '1-50人'],
    ['s2', '51-200人'],
    ['s3', '201-500人'],
    ['s4', '501-1000人'],
    ['s5', '1000人以上'],
  ],
  education: [
    ['high_school', '高中及以下'],
    ['college', '大专'],
    ['bachelor', '本科'],
    ['master', '硕士'],
    ['doctor', '博士'],
  ],
  source: [
    ['referral', '老学员转介绍'],
    ['event', '活动/讲座'],
    ['online', '网络推广'],
    ['walkin', '自行上门'],
    ['other', '其他'],
  ],
  customer_status: [
    ['new', '新客户'],
    ['contacting', '跟进中'],
    ['interested', '有意向'],
    ['enrolled', '已报名'],
    ['dormant', '暂不考虑'],
    ['lost', '流失'],
  ],
  // Codes are lower case; the labels carry the familiar A/B/C.
  customer_level: [
    ['A', 'A（重要）'],
    ['B', 'B（一般）'],
    ['C', 'C（较低）'],
  ],
  dropout_reason: [
    ['schedule', '时间冲突'],
    ['money', '经济原因'],
    ['health', '身体原因'],
    ['family', '家庭原因'],
    ['work', '工作原因'],
    ['relocation', '异地/搬迁'],
    ['dissatisfied', '对课程不满意'],
    ['other', '其他'],
  ],
  payment_method: [
    ['cash', '现金'],
    ['transfer', '银行转账'],
    ['wechat', '微信支付'],
    ['alipay', '支付宝'],
    ['card', '刷卡'],
  ],
  interaction_channel: [
    ['phone', '电话'],
    ['visit', '面谈'],
    ['wechat', '微信'],
    ['sms', '短信'],
    ['email', '邮件'],
    ['other', '其他'],
  ],
  // Dates come later (care messages); for now the names.
  holiday: [
    ['new_year', '元旦'],
    ['spring_festival', '春节'],
    ['womens_day', '妇女节'],
    ['mothers_day', '母亲节'],
    ['fathers_day', '父亲节'],
    ['teachers_day', '教师节'],
    ['mid_autumn', '中秋节'],
    ['national_day', '国庆节'],
  ],
};

/** The data dictionary (§9.5) with its defaults. */
export class DataDictionary1764100000000 implements MigrationInterface {
  name = 'DataDictionary1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);

    await runner.createTable(
      new Table({
        name: 'dictionary_entry',
        columns: [
          k.id(),
          k.string('type', 32),
          k.string('code', 32),
          k.string('label', 100),
          k.int('sort_order', { default: 0 }),
          k.bool('active', true),
          k.updatedAt(),
          k.version(),
        ],
        uniques: [k.unique('dictionary_entry', ['type', 'code'])],
      }),
    );

    // One statement per type keeps the parameters far below every driver's limit.
    for (const [type, entries] of Object.entries(DEFAULTS)) {
      await insertRows(
        runner,
        'dictionary_entry',
        entries.map(([code, label], index) => ({
          type,
          code,
          label,
          sort_order: (index + 1) * 10,
          version: 1,
        })),
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('dictionary_entry');
  }
}
