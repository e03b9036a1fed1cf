// Child-process driver for tz-locale.test.ts: runs the fixed calls and prints the results as JSON,
// with the time zone and locale the process actually ran under.
import { fixedCalls, runCalls } from './calls.js';

const environment = {
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  locale: Intl.DateTimeFormat().resolvedOptions().locale,
  offsetMinutes: new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset(),
};
process.stdout.write(JSON.stringify({ environment, results: runCalls(fixedCalls()) }));
