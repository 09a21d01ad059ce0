import { formatYuan } from '../../format/yuan';
import { t } from '../../i18n/t';

/** An amount in fen shown in yuan (¥19,800.00), or 无 when there is none. */
export function yuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? t('classes.facts.none') : formatYuan(fen);
}
