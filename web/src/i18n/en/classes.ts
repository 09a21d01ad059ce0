import type { classes as zh } from '../zh-cn/classes';

export const classes: typeof zh = {};
