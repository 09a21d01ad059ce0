import type { TestApp } from './test-app';

let sequence = 0;

/** A mobile number no other test in this process uses. */
export function uniqueMobile(): string {
  sequence += 1;
  return `139${String(process.pid % 1000).padStart(3, '0')}${String(sequence).padStart(5, '0')}`;
}

/** Creates a customer through the API as `token`'s user and returns the response body. */
export async function createCustomer(
  t: TestApp,
  token: string,
  fields: Record<string, unknown> = {},
) {
  const response = await t.post('/api/customers', token, {
    name: '测试客户',
    mobile: uniqueMobile(),
    ...fields,
  });
  if (response.status !== 201)
    throw new Error(`customer not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as {
    id: number;
    code: string;
    name: string;
    mobile: string;
    version: number;
  } & Record<string, unknown>;
}
