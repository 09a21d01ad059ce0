import type { money as zh } from '../zh-cn/money';

export const money: typeof zh = {};
