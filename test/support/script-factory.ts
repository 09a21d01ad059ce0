import type { TestApp } from './test-app';

/** A script as the API returns it, with what tests use of it. */
export interface ScriptBody {
  id: number;
  title: string;
  revision: number;
  version: number;
  [field: string]: unknown;
}

/**
 * Writes a script through the API as `token`'s user (an editor): a course-introduction
 * script of `courseId` unless `fields` say otherwise.
 */
export async function writeScript(
  t: TestApp,
  token: string,
  courseId: number | null,
  fields: Record<string, unknown> = {},
): Promise<ScriptBody> {
  const response = await t.post('/api/scripts', token, {
    courseId,
    situation: 'course_intro',
    title: '课程介绍',
    body: '一阶段 TR1 帮助学员看见自己的模式。',
    ...fields,
  });
  if (response.status !== 201)
    throw new Error(`script not written: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as ScriptBody;
}
