// The part of lunar-javascript 1.7.7 (6tail) the calendar uses; the package ships no types.
declare module 'lunar-javascript' {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar;
    toYmd(): string;
    getLunar(): Lunar;
  }
  export class Lunar {
    /** A date of the lunar calendar; a negative month is a leap month. */
    static fromYmd(year: number, month: number, day: number): Lunar;
    getSolar(): Solar;
    /** The solar terms around this lunar year, by name (清明 …). */
    getJieQiTable(): Record<string, Solar>;
  }
}
