import { SetMetadata } from '@nestjs/common';
import type { OperationObject } from '@nestjs/swagger';
import { AllowPendingSignIn, CheckAbility, Public, SignedIn } from '../access/decorators';
import { ApiDoc } from './api-doc.decorator';
import { errorCodesOf, errorResponse } from './error-responses';

class Routes {
  @Public()
  health() {}

  @SignedIn()
  @AllowPendingSignIn()
  logout() {}

  @CheckAbility('update', 'Customer')
  @ApiDoc({ summary: '修改', errors: { 409: ['DUPLICATE_MOBILE'], 422: ['INTRODUCER_CYCLE'] } })
  update() {}

  @SetMetadata('unrelated', true)
  undeclared() {}
}

const route = (name: keyof Routes) => ({ controller: Routes, handler: Routes.prototype[name] });
const bare: OperationObject = { responses: {} };
const statuses = (codes: Map<number, Set<string>>) => [...codes.keys()];

describe('the error answers an operation documents', () => {
  it('gives a public route without input only the database being unavailable', () => {
    expect(statuses(errorCodesOf(bare, '/api/health', route('health'), {}))).toEqual([503]);
  });

  it('gives a signed-in route 401, and 403 when the sign-in may be unfinished or no policy lets anyone in', () => {
    expect(statuses(errorCodesOf(bare, '/api/auth/logout', route('logout'), {}))).toEqual([
      401, 503,
    ]);
    const undeclared = errorCodesOf(bare, '/api/x', route('undeclared'), {});
    expect([...(undeclared.get(403) ?? [])]).toEqual([
      'FORBIDDEN',
      'PASSWORD_CHANGE_REQUIRED',
      'TWO_FACTOR_SETUP_REQUIRED',
    ]);
  });

  it('adds input, a body the parser may refuse, permission, id, version and declared codes', () => {
    const operation: OperationObject = {
      parameters: [{ name: 'id', in: 'path', required: true }],
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateDto' } } },
      },
      responses: {},
    };
    const schemas = {
      UpdateDto: { type: 'object' as const, properties: { version: { type: 'number' as const } } },
    };
    const codes = errorCodesOf(operation, '/api/customers/{id}', route('update'), schemas);
    expect(statuses(codes)).toEqual([400, 401, 403, 404, 409, 413, 414, 415, 422, 503]);
    expect([...(codes.get(403) ?? [])]).toContain('FORBIDDEN');
    expect([...(codes.get(409) ?? [])]).toEqual(['STALE_VERSION', 'DUPLICATE', 'DUPLICATE_MOBILE']);
    expect([...(codes.get(422) ?? [])]).toEqual(['INTRODUCER_CYCLE']);
  });

  it('narrows the envelope to the status and its codes, described in Chinese', () => {
    const response = errorResponse(404, new Set(['NOT_FOUND']));
    expect(response.description).toMatch(/记录不存在.*NOT_FOUND/);
    const schema = response.content?.['application/json'].schema as {
      allOf: Record<string, unknown>[];
    };
    expect(schema.allOf[0]).toEqual({ $ref: '#/components/schemas/ErrorBodyDto' });
    expect(schema.allOf[1]).toMatchObject({
      properties: { statusCode: { enum: [404] }, code: { enum: ['NOT_FOUND'] } },
    });
  });
});
