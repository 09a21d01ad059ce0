import type { Directive } from 'vue';

/**
 * `v-table-scroll="name"` on an el-table: its scrolling box (a wide table on a phone scrolls
 * sideways inside itself) becomes a named region that the keyboard can reach, so that it can
 * be scrolled without a mouse (axe: scrollable regions focusable).
 */
function nameScrollBoxes(table: HTMLElement, name: string): void {
  for (const box of table.querySelectorAll<HTMLElement>(
    '.el-table__body-wrapper .el-scrollbar__wrap',
  )) {
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', name);
  }
}

export const vTableScroll: Directive<HTMLElement, string> = {
  mounted: (el, binding) => nameScrollBoxes(el, binding.value),
  updated: (el, binding) => nameScrollBoxes(el, binding.value),
};
