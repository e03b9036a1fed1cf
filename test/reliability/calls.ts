// A fixed set of calls over every public function present, used to check determinism in-process
// and independence from time zone and locale in child processes (driver-entry.ts).
import { getFunction, PROFILES, TEXT_FUNCTIONS } from '../fuzz/api-table.js';

/** Realistic news sentences written for these tests (dates near DST changes and year ends, pairs, boilerplate). */
export const SAMPLE_TEXTS: readonly string[] = [
  'القاهرة - (أ ش أ) - أعلن وزير الخارجية يوم الثلاثاء 28 نوفمبر 2023 عن زيارة رسمية إلى الرياض.',
  'صدر القرار في 16 جمادى الأولى 1445 هـ الموافق 30 نوفمبر 2023 م بعد اجتماع مطوّل.',
  'افتتح المعرض في مارس/آذار الماضي، وكان قد أُجّل منذ أغسطس/أب 2012 بسبب الأزمة.',
  'تاريخ النشر: الثلاثاء 01 مايو 2012\r\nاقرأ أيضا\r\nعنوان مقال آخر عن أسعار النفط\r\nالمصدر: وكالة الأنباء\r\nكلمات دلالية: مصر الاقتصاد النفط',
  'قال المتحدث إن الحكومة تعمل على أن أن مجلس الوزراء كان يهدف يهدف إلى تضامنهمع الجميع ليصل إلي334.5 مليار جنيه.',
  'سجلت الأرقام ٣٠‏/١١‏/٢٠٢٣ و 27 / 8 / 1436هـ و 14-09-1432 هـ و 01/05/2012 في التقرير.',
  '30th, November 2023 GMT\nNovember 30, 2023\nMarch 10, 2024',
  'ﺍﻟﺮﺑﺎﻁ ﻓﻲ ﺃﻭﻟﻰ ﺍﻟﻨﺘﺎﺋﺞ ﻷ ﷲ ﷺ',
  'يوم الأحد 10 مارس 2024 بدأ الصيام في بعض الدول، و1 رمضان 1445 هـ يوافق 11 مارس 2024 م.',
  'تغيّر التوقيت في 3 نوفمبر 2024 و31 مارس 2024 و27 أكتوبر 2024، وانتهى العام في 31 ديسمبر 2023 ثم 1 يناير 2024.',
  'İSTANBUL Istanbul ıi ΣΊΣΥΦΟΣ straße — وصل الوفد إلى إسطنبول في الفاتح من سبتمبر 2019.',
  'كـــتـــاب   جديد\u00a0عن\u200fالتاريخ\u200b الإسلامي ١٢٣٤٫٥ و١٬٠٠٠ ؟ ، ؛',
  'قد يهمك أيضا:\nالرياض - واس\nجميع الحقوق محفوظة © 2024\nشارك',
  '',
];

/** One call: a function name and its arguments. */
export interface Call {
  readonly label: string;
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Every day of a Gregorian year as YMD (2024: a leap year with two DST changes in most zones). */
function daysOf(year: number): { year: number; month: number; day: number }[] {
  const out: { year: number; month: number; day: number }[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const d = new Date(t);
    out.push({ year: year, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
  return out;
}

/** The calls for every present function (absent ones are left out). */
export function fixedCalls(): Call[] {
  const calls: Call[] = [];
  for (const name of TEXT_FUNCTIONS) {
    if (getFunction(name) === undefined) continue;
    for (const [i, text] of SAMPLE_TEXTS.entries()) {
      calls.push({ label: `${name}#${i}`, name, args: [text] });
      if (name === 'normalize' || name === 'normalizeWithOffsets') {
        for (const profile of PROFILES) calls.push({ label: `${name}#${i}/${profile}`, name, args: [text, profile] });
      }
    }
  }
  if (getFunction('parseMonth') !== undefined) {
    for (const month of ['يناير', 'كانون الثاني', 'جانفي', 'جمادى الأولى', 'ذو الحجة', 'آب', 'November']) {
      calls.push({ label: `parseMonth ${month}`, name: 'parseMonth', args: [month] });
    }
  }
  if (getFunction('gregorianToHijri') !== undefined) {
    for (const ymd of [...daysOf(2024), ...daysOf(1970).slice(0, 3), { year: 2038, month: 1, day: 19 }, { year: 1900, month: 3, day: 1 }]) {
      calls.push({ label: `gregorianToHijri ${ymd.year}-${ymd.month}-${ymd.day}`, name: 'gregorianToHijri', args: [ymd] });
    }
  }
  if (getFunction('hijriToGregorian') !== undefined) {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 15, 29, 30]) {
        for (const year of [1445, 1446, 1300, 1500]) {
          calls.push({ label: `hijriToGregorian ${year}-${month}-${day}`, name: 'hijriToGregorian', args: [{ year, month, day }] });
        }
      }
    }
  }
  return calls;
}

/** JSON-safe form of a result (typed arrays as arrays, undefined kept visible, errors by name). */
export function toPlain(value: unknown): unknown {
  if (value === undefined) return { undefined: true };
  if (value instanceof Uint32Array) return { Uint32Array: Array.from(value) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Error) return { error: value.name, message: value.message };
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** Runs the calls; returns label → plain result (a thrown error is a result too). */
export function runCalls(calls: readonly Call[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const call of calls) {
    const fn = getFunction(call.name)!;
    try {
      out[call.label] = toPlain(fn(...(call.args as [unknown, unknown?])));
    } catch (error) {
      out[call.label] = toPlain(error);
    }
  }
  return out;
}
