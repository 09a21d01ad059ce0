import { t } from '../../i18n/t';

/** An amount in fen shown in yuan, thousands grouped, two decimals (¥19,800.00). */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return t('classes.facts.none');
  const whole = Math.trunc(Math.abs(fen) / 100).toLocaleString('en-US');
  const cents = String(Math.abs(fen) % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${t('classes.money', { yuan: `${whole}.${cents}` })}`;
}
