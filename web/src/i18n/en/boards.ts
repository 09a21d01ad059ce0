import type { boards as zh } from '../zh-cn/boards';

export const boards: typeof zh = {};
