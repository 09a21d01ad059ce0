import { formatYuan } from './format-yuan';

/**
 * An amount as a figure without its unit (`1,234.50`), for a message whose catalogue text
 * puts 元 or ¥ where the reader's language does.
 */
export function yuanFigure(fen: number): string {
  return formatYuan(fen, 'en').replace('¥', '');
}
