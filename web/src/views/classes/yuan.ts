import { t } from '../../i18n/t';

/** An amount in fen shown in yuan with two decimals (money is never a float until shown). */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return t('classes.facts.none');
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${t('classes.money', { yuan: `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}` })}`;
}
