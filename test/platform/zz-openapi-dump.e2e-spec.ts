import { writeFileSync } from 'node:fs';
import { TestApp } from '../support/test-app';
it('dumps', async () => {
  const t = await TestApp.start();
  const doc = (await t.get('/api/docs-json').expect(200)).body;
  writeFileSync(process.env.OA_OUT ?? '/tmp/oa/doc.json', JSON.stringify(doc, null, 2));
  await t.close();
});
