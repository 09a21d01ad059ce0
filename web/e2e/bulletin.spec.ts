import { expect, test } from './support/fixtures';
import {
  apiAs,
  businessDay,
  expectHeading,
  onPhone,
  openFromMenu,
  tag,
  tick,
} from './support/console-helpers';
import { freshTerm } from './support/classes';

interface Managed {
  items: { id: number; title: string }[];
}

test.describe('bulletin board', () => {
  test('a clerk publishes a notice; a coordinator reads it from the workbench', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    test.slow();
    const title = `${onPhone() ? '手机' : '桌面'}开课通知${tag()}${Math.floor(Math.random() * 1e6)}`;
    const clerk = await admin.person('clerk', `行政${tag()}`);
    const coordinator = await admin.person('coordinator', `顾问${tag()}`);
    // a class next week, for the calendar beside the notices
    const venue = `${onPhone() ? '手机' : '桌面'}会场${tag()}${Math.floor(Math.random() * 1e6)}`;
    const asCoordinator = await apiAs(baseURL!, coordinator);
    const courses = await asCoordinator.call<{ id: number; code: string }[]>('GET', '/api/courses');
    await asCoordinator.call('POST', '/api/classes', {
      courseId: courses.find((course) => course.code === 'TR1')!.id,
      term: freshTerm(),
      startDate: businessDay(7),
      endDate: businessDay(9),
      venue,
    });
    await asCoordinator.dispose();
    // the clerk publishes it to the coordinators
    await signIn(clerk);
    await openFromMenu(page, '发布公告');
    await expectHeading(page, '发布公告');
    await page.getByRole('button', { name: '发布公告' }).click();
    const dialog = page.getByRole('dialog', { name: '发布新公告' });
    await dialog.getByLabel('标题').fill(title);
    await tick(dialog.getByRole('radio', { name: '指定角色' }));
    await tick(dialog.getByRole('checkbox', { name: '课程顾问' }));
    await dialog.getByLabel('正文').fill('**本月开课**：请各位顾问提前确认学员名单。');
    await checkScreen();
    await dialog.getByRole('button', { name: '发布公告' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('managed-notices').getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('显示中');
    await checkScreen();

    const clerkApi = await apiAs(baseURL!, clerk);
    const managed = await clerkApi.call<Managed>('GET', '/api/bulletin/managed?pageSize=100');
    const id = managed.items.find((notice) => notice.title === title)!.id;
    await row.getByRole('button', { name: '未读人员' }).click();
    const unread = page.getByRole('dialog', { name: `尚未阅读“${title}”的人员` });
    await expect(unread.getByTestId('read-count')).toHaveText('已读 0 人');
    await checkScreen();
    await unread.getByRole('button', { name: '关闭此对话框' }).click();
    await expect(unread).toBeHidden();

    // the coordinator sees it unread on the workbench and opens it
    await page.getByTestId('sign-out').click();
    await signIn(coordinator);
    await expectHeading(page, '待办工作区');
    const panel = page.getByTestId('bulletin-panel');
    await expect(panel.getByTestId('unread-notices')).toContainText(title);
    await expect(panel.getByTestId('course-calendar')).toContainText(venue);
    await checkScreen();
    await panel.getByRole('link', { name: title }).click();
    await expectHeading(page, title);
    await expect(page.getByTestId('notice').locator('strong')).toHaveText('本月开课');
    await expect(page.getByTestId('notice-read')).toHaveText('已读');
    await checkScreen();
    await expect
      .poll(async () => {
        const notice = await clerkApi.call<{ readCount: number }>('GET', `/api/bulletin/${id}`);
        return notice.readCount;
      })
      .toBe(1);

    // the board lists it as read; the workbench no more as unread
    await page.getByRole('link', { name: '返回公告栏' }).click();
    await expectHeading(page, '公告栏');
    await expect(page.getByTestId(`notice-read-${id}`)).toHaveText('已读');
    await checkScreen();
    await page.goto('/');
    await expect(page.getByTestId('bulletin-panel')).toBeVisible();
    await expect(page.getByTestId('bulletin-panel')).not.toContainText(title);

    // the clerk's list of who has not read it counts one reader
    await page.getByTestId('sign-out').click();
    await signIn(clerk);
    await page.goto('/bulletin/manage');
    await page
      .getByTestId('managed-notices')
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('button', { name: '未读人员' })
      .click();
    await expect(page.getByTestId('read-count')).toHaveText('已读 1 人');
    await expect(page.getByTestId('unread-by')).not.toContainText(coordinator.displayName);
    await clerkApi.dispose();
  });
});
