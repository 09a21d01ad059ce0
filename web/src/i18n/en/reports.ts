import type { reports as zh } from '../zh-cn/reports';

export const reports: typeof zh = {};
