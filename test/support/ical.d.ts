/** ical.js 1.x ships no types; the tests parse feeds with a few of its classes. */
declare module 'ical.js';
