import { ApiError } from './api-error';
import { t } from '../i18n/t';

interface ErrorBody {
  statusCode?: number;
  code?: string;
  message?: string;
  details?: unknown;
}

/**
 * The data of an openapi-fetch answer, or an ApiError with the server's message (already in
 * the console's language: every request says which) and its stable code.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await call;
  } catch {
    throw new ApiError(0, 'NETWORK', t('errors.network'));
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  const body = (error ?? {}) as ErrorBody;
  throw new ApiError(
    response.status,
    body.code ?? `HTTP_${response.status}`,
    body.message ?? t('errors.unexpected', { status: response.status }),
    body.details,
  );
}
