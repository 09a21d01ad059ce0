import { ApiError } from '../../api/api-error';
import { t } from '../../i18n/t';
import { authorizedFetch } from '../../session/authorized-fetch';

/**
 * Downloads a file the API serves only with the user's token (an export, a template): fetched
 * with the token, then handed to the browser as a link to click. Refusals come back as the
 * API's ApiError, with its message.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await authorizedFetch(new Request(url));
  } catch {
    throw new ApiError(0, 'NETWORK', t('errors.network'));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiError(
      response.status,
      body.code ?? `HTTP_${response.status}`,
      body.message ?? t('errors.unexpected', { status: response.status }),
    );
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // after the click has handed the file to the browser
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(disposition)?.[1];
}
