/**
 * A straightforward reference implementation of the normalization rules: one regular expression
 * (or `replace`) per rule, applied in sequence, written from spec/normalization.md independently
 * of the engine's tables. The property tests check that the single-pass engine agrees with it.
 * Test code only: clarity over speed.
 */

export interface FullOptions {
  presentationForms: boolean;
  lookalikes: boolean;
  compose: boolean;
  tatweel: boolean;
  invisibles: boolean;
  whitespace: boolean;
  diacritics:
    | boolean
    | {
        keepHarakat?: boolean;
        keepTanween?: boolean;
        keepShadda?: boolean;
        keepSukun?: boolean;
        keepMaddaHamza?: boolean;
        keepQuranic?: boolean;
        daggerAlef?: 'strip' | 'keep' | 'alef';
      };
  alef: boolean;
  ya: boolean | 'ya' | 'alef-maksura';
  tehMarbuta: boolean;
  hamza: boolean;
  digits: boolean | 'ascii' | 'arabic-indic';
  punctuation: boolean;
  elongation: boolean;
}

// Character classes (regex source, inside [...]).
const LETTER = '\\u0620-\\u063F\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u0870-\\u0887\\u0889-\\u088F\\u08A0-\\u08C8';
const HARAKAT = '\\u064E-\\u0650\\u0618-\\u061A';
const TANWEEN = '\\u064B-\\u064D\\u08F0-\\u08F2';
const SHADDA = '\\u0651';
const SUKUN = '\\u0652';
const MADDA_HAMZA = '\\u0653-\\u0655\\u065F';
const DAGGER = '\\u0670';
const QURANIC_BMP = '\\u0610-\\u0617\\u0656-\\u065E\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED\\u0897-\\u089F\\u08CA-\\u08E1\\u08E3-\\u08EF\\u08F3-\\u08FF';
const ASTRAL = '\\u{10EFA}-\\u{10EFF}';
const MARK = HARAKAT + TANWEEN + SHADDA + SUKUN + MADDA_HAMZA + DAGGER + QURANIC_BMP + ASTRAL;
const LOW_CCC = '\\u0618-\\u061A\\u064B-\\u0652\\u0670\\u08F0-\\u08F2';
const INVISIBLE = '\\u00AD\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';
const EMOJI_BMP = '\\u00A9\\u00AE\\u203C\\u2049\\u20E3\\u2122\\u2139\\u2194-\\u21FF\\u2300-\\u23FF\\u25A0-\\u27BF\\u2934\\u2935\\u2B00-\\u2BFF\\u3030\\u303D\\u3297\\u3299\\uFE0F';
const EMOJI_NEXT = `[${EMOJI_BMP}\\u{1F000}-\\u{1FBFF}\\uD83C-\\uD83E]`;
const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
const ARABIC_USE = '\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671\\u06A4\\u06A8\\u06AD';

const LOOKALIKES: Record<string, string> = {
  'ک': 'ك',
  'ی': 'ي',
  'ے': 'ي',
  'ۓ': 'ئ',
  'ہ': 'ه',
  'ۂ': 'ه\u0654',
  'ۀ': 'ه\u0654',
  'ە': 'ه',
  'ھ': 'ه',
};
const COMPOSE: Record<string, string> = {
  'ا\u0653': 'آ',
  'ا\u0654': 'أ',
  'ا\u0655': 'إ',
  'و\u0654': 'ؤ',
  'ي\u0654': 'ئ',
  'ە\u0654': 'ۀ',
  'ہ\u0654': 'ۂ',
  'ے\u0654': 'ۓ',
};
const PUNCT: Record<string, string> = { '،': ',', '؛': ';', '؟': '?', '٪': '%', '٭': '*', '۔': '.' };

function presentation(c: string): string {
  if (c === '\ufdfc') return 'ريال';
  if (c === '\ufdfd') return 'بسم الله الرحمن الرحيم';
  const n = c.normalize('NFKC');
  return n.startsWith(' ') ? n.slice(1) : n;
}

function re(source: string, flags = 'gu'): RegExp {
  return new RegExp(source, flags);
}

export function reference(text: string, o: FullOptions): string {
  let s = text;
  const d = o.diacritics === false ? undefined : o.diacritics === true ? {} : o.diacritics;
  const dagger = d === undefined ? 'keep' : (d.daggerAlef ?? 'strip');
  let stripped = '';
  if (d !== undefined) {
    if (d.keepHarakat !== true) stripped += HARAKAT;
    if (d.keepTanween !== true) stripped += TANWEEN;
    if (d.keepShadda !== true) stripped += SHADDA;
    if (d.keepSukun !== true) stripped += SUKUN;
    if (d.keepMaddaHamza !== true) stripped += MADDA_HAMZA;
    if (d.keepQuranic !== true) stripped += QURANIC_BMP + ASTRAL;
    if (dagger === 'strip') stripped += DAGGER;
  }
  // Units deleted whatever their context.
  const deleted = (o.tatweel ? '\\u0640' : '') + (o.invisibles ? INVISIBLE + '\\u200C\\u200D' : '') + stripped;
  const skip = deleted === '' ? '' : `[${deleted}]*`;
  // ZWNJ/ZWJ left in the text are deleted later when `invisibles` is on, so look-aheads see past them.
  const joiners = o.invisibles ? '[\\u200C\\u200D]*' : '';

  // 1. presentation forms, 2. look-alikes
  if (o.presentationForms) s = s.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]/gu, presentation);
  if (o.lookalikes) s = s.replace(/[کیےۓہۂۀەھ]/gu, (c) => LOOKALIKES[c] ?? c);
  // 3. composition, past lower-class marks and deleted units
  const compose = (): void => {
    if (!o.compose) return;
    const mid = `((?:[${LOW_CCC}]${deleted === '' ? '' : `|[${deleted}]`})*?)`;
    const bases: [string, string][] = [['ا', '\\u0653-\\u0655'], ['و', '\\u0654'], ['ي', '\\u0654'], ['ە', '\\u0654'], ['ہ', '\\u0654'], ['ے', '\\u0654']];
    for (const [base, marks] of bases) {
      s = s.replace(re(`${base}${mid}([${marks}])`), (_m, between: string, mark: string) => (COMPOSE[base + mark] ?? '') + between);
    }
  };
  // letter folds (context-free) apply to composed letters, and a folded letter composes too
  const fold = (): void => {
    if (o.alef) s = s.replace(/[أإآٱٲٳ]/gu, 'ا');
    if (o.ya === true || o.ya === 'ya') s = s.replace(/ى/gu, 'ي');
    if (o.tehMarbuta) s = s.replace(/[ةۃ]/gu, 'ه');
    if (o.hamza) s = s.replace(/ؤ/gu, 'و').replace(/ئ/gu, 'ي');
  };
  fold();
  compose();
  fold();
  // 4. tatweel, invisibles (ZWNJ/ZWJ in context)
  if (o.tatweel) s = s.replace(/\u0640/gu, '');
  if (o.invisibles) {
    s = s.replace(re(`[${INVISIBLE}]`), '');
    s = s.replace(re(`(?<![${EMOJI_BMP}\\u{1F000}-\\u{1FBFF}\\uD83C-\\uD83E])\\u200D|\\u200D(?![\\u200C\\u200D${stripped}]*${EMOJI_NEXT})`), '');
    const nonArabic = (ch: string): boolean =>
      re(`^[${LETTER}]$`).test(ch) && !re(`^[${ARABIC_USE}]$`).test(ch) &&
      !(o.alef && /^[ٲٳ]$/u.test(ch)) && !(o.tehMarbuta && ch === 'ۃ') && !(o.lookalikes && ch in LOOKALIKES);
    s = s.replace(re(`[${LETTER}${MARK}\\u0640\\u200C\\u200D]+`), (word) => {
      const keepAny = Array.from(word).some(nonArabic);
      return word.replace(re(`\\u200C`), (z, at: number) => {
        const before = word.slice(0, at);
        const after = word.slice(at + 1);
        const prevLetter = re(`[${LETTER}][${stripped || LETTER}]*$`).test(before);
        const nextLetter = re(`^${skip}[${LETTER}]`).test(after);
        return keepAny && prevLetter && nextLetter ? z : '';
      });
    });
  }
  // 5. diacritics
  // (repeated: deleting a mark between a lone high and a lone low surrogate forms an astral mark)
  for (let before = ''; stripped !== '' && before !== s; ) {
    before = s;
    s = s.replace(re(`[${stripped}]`), '');
  }
  if (dagger === 'alef') {
    s = s.replace(re(`(?<=[${LETTER}][${MARK}]*)\\u0670(?=${joiners}[${LETTER}])`), 'ا').replace(/\u0670/gu, '');
  }
  if (o.ya === 'alef-maksura') s = s.replace(re(`(?<=[${LETTER}][${MARK}]*)ي(?![${MARK}\\u200C\\u200D]*[${LETTER}])`), 'ى');
  // 7. digits and separators, punctuation
  if (o.digits === true || o.digits === 'ascii') {
    s = s.replace(/[\u0660-\u0669]/gu, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/gu, (c) => String(c.charCodeAt(0) - 0x6f0));
    s = s.replace(re(`(?<=[${DIGIT}])[٫٬](?=${joiners}[${DIGIT}])`), (c) => (c === '٫' ? '.' : ','));
  } else if (o.digits === 'arabic-indic') {
    s = s.replace(/\d/gu, (c) => String.fromCharCode(0x660 + Number(c))).replace(/[\u06F0-\u06F9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x90));
  }
  if (o.punctuation) s = s.replace(/[،؛؟٪٭۔]/gu, (c) => PUNCT[c] ?? c);
  // 8. whitespace
  if (o.whitespace) {
    s = s.replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu, ' ');
    s = s.replace(/\r\n?|\u0085|\u2028/gu, '\n').replace(/\u2029/gu, '\n\n');
    s = s.replace(/ {2,}/gu, ' ').replace(/ ?\n ?/gu, '\n').replace(/\n{3,}/gu, '\n\n').replace(/ $/u, '');
  }
  // 9. elongation
  if (o.elongation) s = s.replace(re(`([${LETTER}])\\1{2,}`), '$1');
  return s;
}
