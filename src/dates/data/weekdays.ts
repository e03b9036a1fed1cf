/** Weekday names and the day number they stand for (0 = Sunday). */
export const WEEKDAY_NAMES: readonly (readonly [string, number])[] = [
  ['الأحد', 0],
  ['الاثنين', 1],
  ['الإثنين', 1],
  ['الأثنين', 1],
  ['الثلاثاء', 2],
  ['الأربعاء', 3],
  ['الأربعا', 3],
  ['الخميس', 4],
  ['الجمعة', 5],
  ['السبت', 6],
];
