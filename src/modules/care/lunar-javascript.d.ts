/** The part of lunar-javascript (which ships no types) the holiday calendar uses. */
declare module 'lunar-javascript' {
  export class Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    toYmd(): string;
  }
  export class Lunar {
    /** a lunar date; a negative month is the leap month of that number */
    static fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): Lunar;
    getSolar(): Solar;
  }
}
