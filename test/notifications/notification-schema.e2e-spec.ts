import { TestApp } from '../support/test-app';

describe('the OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('advertises no account secrets: notifications are described by their view, not the entity', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    const text = JSON.stringify(response.body);
    for (const secret of ['passwordHash', 'totpSecret', 'totpPendingSecret', 'refreshHash'])
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    const schemas = response.body.components.schemas as Record<
      string,
      { properties?: Record<string, unknown> }
    >;
    const read =
      response.body.paths['/api/notifications/{id}/read'].post.responses['200'].content[
        'application/json'
      ].schema;
    const name = String(read.$ref).split('/').pop() as string;
    expect(Object.keys(schemas[name].properties ?? {}).sort()).toEqual([
      'body',
      'createdAt',
      'data',
      'id',
      'kind',
      'readAt',
      'title',
    ]);
  });
});
