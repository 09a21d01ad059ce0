import type { Api } from './api';

/** Set-up for the follow-up stories (workbench, plans, records, inbox): plans made through the API. */
export async function typeId(api: Api, code: string): Promise<number> {
  const types = await api.call<{ id: number; code: string }[]>('GET', '/api/interaction-types');
  return types.find((type) => type.code === code)!.id;
}

export interface PlanRef {
  id: number;
  version: number;
}

export async function plan(
  api: Api,
  body: { customerId: number; typeId: number; content: string; dueAt: string },
): Promise<PlanRef> {
  return (await api.call<{ plan: PlanRef }>('POST', '/api/plans', body)).plan;
}
