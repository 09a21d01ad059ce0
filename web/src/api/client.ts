import createClient from 'openapi-fetch';
import { authorizedFetch } from '../session/authorized-fetch';
import type { paths } from './schema';

/** The API, typed from its OpenAPI document (`npm run api:client` regenerates schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '', fetch: authorizedFetch });
