import ExcelJS from 'exceljs';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import {
  apiAs,
  businessDay,
  choose,
  createCustomer,
  expectHeading,
  menuNames,
  onPhone,
  openFromMenu,
  tag,
} from './support/console-helpers';
import { downloadedBytes, runningStageOneClass } from './support/reports';

// pdf-parse's index runs a self-test when loaded without a parent module: the library itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const readPdf = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string; numpages: number }>;

/** The worksheets of an .xlsx file as rows of cell texts. */
async function sheetsOf(bytes: Buffer): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of book.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))),
    );
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

interface DashboardFigure {
  key: string;
  current: number | null;
}

/**
 * The dashboard's figures as the API answers them now, read by a new manager: the server
 * keeps each reader's dashboard for half a minute, so a reader of its own sees no kept copy.
 */
async function dashboardFigures(admin: Api, baseURL: string): Promise<Map<string, number>> {
  const reader = await apiAs(baseURL, await admin.person('manager', `看板读者${tag()}`));
  const dashboard = await reader.call<{ figures: DashboardFigure[] }>(
    'GET',
    '/api/reports/dashboard',
  );
  await reader.dispose();
  return new Map(dashboard.figures.map((figure) => [figure.key, figure.current ?? 0]));
}

/**
 * Reports (§8, issue 17): the stage-one report's files downloaded from the generated list,
 * the managers' dashboard as their start page, a report run from the catalogue with its
 * parameters, and what a coordinator is offered.
 */
test.describe('reports', () => {
  test('a manager downloads the stage-one report as PDF and as Excel from the generated list', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const manager = await admin.person('manager', `经理${tag()}`);
    const api = await apiAs(baseURL!, manager);
    const students = [`一阶学员${tag()}`, `一阶学员${tag()}`, `一阶学员${tag()}`];
    const { classId, term } = await runningStageOneClass(api, students);
    // what the nightly job does for each running class, asked for now
    await api.call('POST', '/api/reports/generated', {
      reportKey: 'stage-one',
      parameters: { classId },
    });
    await api.dispose();

    await signIn(manager);
    await openFromMenu(page, '已生成的报表');
    await expectHeading(page, '已生成的报表');
    await expect(page.getByTestId('generated-reports')).toContainText(`第${term}期`);
    await checkScreen();

    const fileOf = async (extension: 'pdf' | 'xlsx') => {
      const download = page.waitForEvent('download');
      await page
        .getByRole('button', {
          name: new RegExp(`^下载 一阶段报告.*第${term}期.*\\.${extension}$`),
        })
        .click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`第${term}期.*\\.${extension}$`));
      return downloadedBytes(file);
    };

    const pdf = await fileOf('pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const read = await readPdf(pdf);
    expect(read.numpages).toBeGreaterThan(0);
    const text = read.text.replace(/\s+/g, '');
    expect(text).toContain('一阶段报告');
    for (const student of students) expect(text).toContain(student);

    const xlsx = await fileOf('xlsx');
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheets = await sheetsOf(xlsx);
    const roster = sheets.get('一阶段报告')!;
    expect(roster.map((row) => row[0])).toEqual(expect.arrayContaining(students));
    expect(roster.map((row) => row[0])).toContain('合计 3 人');
    expect(sheets.get('概况')).toContainEqual(['期数', String(term)]);
  });

  test('a manager signs in to the dashboard, reads its figures and charts, and still reaches the workbench', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const manager = await admin.person('manager', `经理${tag()}`);
    const api = await apiAs(baseURL!, manager);
    const before = await dashboardFigures(admin, baseURL!);
    await createCustomer(api, { name: `看板客户${tag()}` });
    await runningStageOneClass(api, [`看板学员${tag()}`, `看板学员${tag()}`]);
    await api.dispose();

    await signIn(manager);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectHeading(page, '管理看板');
    const shown = async (key: string) =>
      Number(
        (
          (await page.getByTestId(`figure-${key}`).getByTestId('figure-value').textContent()) ?? ''
        ).replace(/,/g, ''),
      );
    await expect(page.getByTestId('figure-newCustomers')).toContainText('新增客户');
    // the figures of this month: ours among them (other stories may add theirs meanwhile)
    const newCustomers = await shown('newCustomers');
    const enrolments = await shown('enrolments');
    const after = await dashboardFigures(admin, baseURL!);
    expect(newCustomers).toBeGreaterThanOrEqual(before.get('newCustomers')! + 3);
    expect(newCustomers).toBeLessThanOrEqual(after.get('newCustomers')!);
    expect(enrolments).toBeGreaterThanOrEqual(before.get('enrolments')! + 2);
    expect(enrolments).toBeLessThanOrEqual(after.get('enrolments')!);
    // the funnels, drawn
    const charts = page.getByTestId('report-chart');
    await expect(charts).toHaveCount(2);
    await expect(charts.first().locator('svg')).toBeVisible();
    await expect(charts.last().locator('svg')).toContainText('进入一阶段');
    await checkScreen();

    // the period of the first of the month only
    const first = `${businessDay().slice(0, 8)}01`;
    await page.getByLabel('结束日期').fill(first);
    await page.getByLabel('结束日期').press('Enter');
    await page.getByLabel('开始日期').fill(first);
    await page.getByLabel('开始日期').press('Enter');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${first}&to=${first}`));
    await expect(page.getByText(/^上一期：/)).toBeVisible();

    await openFromMenu(page, '工作台');
    await expect(page).toHaveURL(/\/$/);
    await expectHeading(page, '待办工作区');
  });

  test('a manager runs a report from the catalogue with a period, reads its table and chart, and downloads it as Excel', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const manager = await admin.person('manager', `经理${tag()}`);
    const coordinator = await admin.person('coordinator', `业绩顾问${tag()}`);
    const own = await apiAs(baseURL!, coordinator);
    for (const name of [`业绩客户${tag()}`, `业绩客户${tag()}`])
      await createCustomer(own, { name });
    await own.dispose();

    await signIn(manager);
    await openFromMenu(page, '报表');
    await expectHeading(page, '报表');
    await checkScreen();
    await page.getByRole('link', { name: '工作人员业绩' }).click();
    await expectHeading(page, '工作人员业绩');

    const today = businessDay();
    for (const label of ['开始日期', '结束日期']) {
      await page.getByLabel(label).fill(today);
      await page.getByLabel(label).press('Enter');
    }
    await page.getByRole('button', { name: '运行报表' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`));
    const row = page
      .getByTestId('report-table')
      .first()
      .getByRole('row', {
        name: new RegExp(coordinator.displayName),
      });
    // 工作人员, 新增客户 (2), …
    await expect(row.getByRole('cell').nth(1)).toHaveText('2');
    const charts = page.getByTestId('report-chart');
    await expect(charts.first().locator('svg')).toContainText('各人工作量');
    await checkScreen();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('staff-performance.xlsx');
    const bytes = await downloadedBytes(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheet = [...(await sheetsOf(bytes)).values()][0];
    expect(sheet).toContainEqual(expect.arrayContaining([coordinator.displayName, '2']));
  });

  test('a coordinator is offered only the reports they may run, and no generated files', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const coordinator = await admin.person('coordinator', `顾问${tag()}`);
    const own = await apiAs(baseURL!, coordinator);
    const theirs = await own.call<{ title: string }[]>('GET', '/api/reports');
    await own.dispose();

    await signIn(coordinator);
    // a coordinator starts on the workbench, not the managers' dashboard
    await expect(page).toHaveURL(/\/$/);
    const names = await menuNames(page);
    expect(names).toContain('报表');
    expect(names).not.toContain('已生成的报表');
    await openFromMenu(page, '报表');
    await expectHeading(page, '报表');
    const offered = page.getByTestId('report-catalogue').getByRole('link');
    await expect(offered).toHaveText(theirs.map((item) => item.title));
    await checkScreen();

    await page.goto('/reports/generated');
    await expect(page.getByText('您没有权限查看这个页面。')).toBeVisible();
  });

  test('a manager schedules a report to be rendered each week, and deletes the schedule', async ({
    page,
    admin,
    signIn,
    expectAccessible,
    expectAllChinese,
    checkScreen,
  }) => {
    const manager = await admin.person('manager', `经理${tag()}`);
    // the two projects' schedules are told apart by their hour
    const cron = onPhone() ? '15 4 * * 1' : '45 3 * * 1';

    await signIn(manager);
    await openFromMenu(page, '报表计划', '系统管理');
    await expectHeading(page, '报表计划');
    await page.getByRole('button', { name: '新建计划' }).click();
    const dialog = page.getByRole('dialog', { name: '新建报表计划' });
    await choose(page, '报表', '学员感召成绩');
    await expect(dialog.getByLabel('开始日期')).toBeVisible();
    await dialog.getByLabel('运行时间（cron）').fill(cron);
    await expectAccessible();
    await expectAllChinese();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: cron });
    await expect(row).toContainText('学员感召成绩');
    await expect(row).toContainText('已启用');
    await checkScreen();

    await row.getByRole('button', { name: '删除计划：学员感召成绩' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect(page.getByRole('row').filter({ hasText: cron })).toHaveCount(0);
  });
});
