/**
 * Why a month name is risky (it is also an ordinary word), which decides the context it needs:
 * - `word`: a verb, personal name, surname or number (مارس، رمضان، صفر، ماي): needs a day, a
 *   year, «شهر», a paired or coordinated month, a time preposition before or a time adjective
 *   after;
 * - `father`: أب/اب (father): needs a day and a year, or a paired name;
 * - `car`: نيسان (Nissan): refused only next to car words;
 * - `libyan`: every Libyan name (seasons, water, a name): needs a day, «شهر», a paired name or a
 *   Libyan year.
 */
export type MonthRisk = 'word' | 'father' | 'car' | 'libyan';

/** Risky month spellings (before normalization) and their kind. Libyan names are all `libyan`. */
export const RISKY_MONTH_NAMES: readonly (readonly [string, MonthRisk])[] = [
  ['مارس', 'word'], // مارس: "practised"
  ['ماي', 'word'], // Theresa May, Maghrebi/Moroccan May
  ['مايو', 'word'], // surname
  ['جوان', 'word'], // given name (Juan, Jiao Juan)
  ['غشت', 'word'], // "she cheated"
  ['محرم', 'word'], // given name; a woman's mahram
  ['المحرم', 'word'], // "the forbidden"
  ['صفر', 'word'], // zero
  ['رجب', 'word'], // given name
  ['شعبان', 'word'], // given name
  ['رمضان', 'word'], // given name
  ['شوال', 'word'], // sack; surname
  ['شباط', 'word'], // surname (Hamid Chabat)
  ['يوليه', 'word'], // يُوليه "he gives it (attention)"
  ['أوت', 'word'], // أوتَ "was given"; beoutQ, play-out
  ['آب', 'father'], // أب/اب/آب fold together: father
  ['نيسان', 'car'], // Nissan
];
