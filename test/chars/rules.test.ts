import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets } from '../../src/chars/index.js';

const only = {
  presentationForms: false,
  lookalikes: false,
  compose: false,
  tatweel: false,
  invisibles: false,
  whitespace: false,
  diacritics: false,
  alef: false,
  ya: false,
  tehMarbuta: false,
  hamza: false,
  digits: false,
  punctuation: false,
  elongation: false,
} as const;

describe('profiles', () => {
  const sentence = 'أعلنَ وزيرُ الماليّة  إلى جانب ٣٫٥٪ من النمـو؟';
  it('light repairs encoding only', () => {
    expect(normalize(sentence)).toBe('أعلنَ وزيرُ الماليّة إلى جانب ٣٫٥٪ من النمو؟');
    expect(normalize(sentence, 'light')).toBe(normalize(sentence));
  });
  it('ml also strips diacritics', () => {
    expect(normalize(sentence, 'ml')).toBe('أعلن وزير المالية إلى جانب ٣٫٥٪ من النمو؟');
  });
  it('search folds letters, digits and punctuation', () => {
    expect(normalize(sentence, 'search')).toBe('اعلن وزير الماليه الي جانب 3.5% من النمو?');
  });
  it('accepts an options object and per-rule overrides', () => {
    expect(normalize('مدرسة', { profile: 'search' })).toBe('مدرسه');
    expect(normalize('مدرسة', { profile: 'search', tehMarbuta: false })).toBe('مدرسة');
    expect(normalize('مدرسة', { tehMarbuta: true })).toBe('مدرسه');
    expect(normalize('كتـاب', { tatweel: false })).toBe('كتـاب');
    expect(normalize('مدرسة', {})).toBe('مدرسة');
  });
});

describe('presentationForms', () => {
  it('maps isolated, initial, medial and final forms to letters', () => {
    expect(normalize('ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ', { ...only, presentationForms: true })).toBe('السلام عليكم');
  });
  it('is off when asked', () => {
    expect(normalize('ﺍﻟﺴﻼﻡ', { presentationForms: false })).toBe('ﺍﻟﺴﻼﻡ');
  });
});

describe('lookalikes', () => {
  it('folds Persian/Urdu keyboard letters to Arabic ones', () => {
    expect(normalize('کتاب علی ہے ھذا مدرسۀ', { ...only, lookalikes: true })).toBe('كتاب علي هي هذا مدرسهٔ');
    expect(normalize('ە ۂ ۓ', { ...only, lookalikes: true })).toBe('ه هٔ ئ');
  });
});

describe('compose', () => {
  it('composes a letter with a following combining hamza or madda', () => {
    const decomposed = 'ا\u0654حمد ا\u0655براهيم ا\u0653خر مسو\u0654ول ري\u0654يس';
    expect(normalize(decomposed, { ...only, compose: true })).toBe('أحمد إبراهيم آخر مسؤول رئيس');
  });
  it('looks past harakat as NFC does', () => {
    const nfd = 'أَحمد'.normalize('NFD');
    expect(nfd).toBe('ا\u064e\u0654حمد');
    expect(normalize(nfd, { ...only, compose: true })).toBe('أَحمد');
  });
  it('leaves a hamza on a letter that has no composition', () => {
    expect(normalize('ر\u0654', { ...only, compose: true })).toBe('ر\u0654');
  });
});

describe('tatweel', () => {
  it('deletes kashida', () => {
    expect(normalize('الســـلام عليكـــم', { ...only, tatweel: true })).toBe('السلام عليكم');
  });
});

describe('invisibles', () => {
  it('deletes bidi marks, ZWSP, word joiner, BOM and soft hyphen', () => {
    const dirty = '\ufeff\u200fالقاهرة\u200e \u061c(\u202bأ ش أ\u202c)\u200b \u2066CNN\u2069 تكنو\u00adلوجيا\u2060';
    expect(normalize(dirty, { ...only, invisibles: true })).toBe('القاهرة (أ ش أ) CNN تكنولوجيا');
  });
  it('keeps ZWNJ between two letters of a Persian word, deletes it elsewhere', () => {
    const o = { ...only, invisibles: true };
    expect(normalize('گفت\u200cوگو', o)).toBe('گفت\u200cوگو');
    expect(normalize('پژوهش\u200cها', o)).toBe('پژوهش\u200cها');
    expect(normalize('المدرسة\u200cالجديدة', o)).toBe('المدرسةالجديدة');
    expect(normalize('كتاب\u200c كتب', o)).toBe('كتاب كتب');
    expect(normalize('\u200cپ', o)).toBe('پ');
  });
  it('decides the ZWNJ on the folded word: می‌خواهم loses it once ی is folded to ي', () => {
    expect(normalize('می\u200cخواهم', { ...only, invisibles: true })).toBe('می\u200cخواهم');
    expect(normalize('می\u200cخواهم')).toBe('ميخواهم');
  });
  it('keeps ZWJ inside emoji sequences only', () => {
    const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
    expect(normalize(`عائلة ${family}`)).toBe(`عائلة ${family}`);
    expect(normalize('\u2764\ufe0f\u200d\u{1f525}')).toBe('\u2764\ufe0f\u200d\u{1f525}');
    expect(normalize('ل\u200dا')).toBe('لا');
    expect(normalize('\u{1f468}\u200d')).toBe('\u{1f468}');
    expect(normalize('\u200d\u{1f468}')).toBe('\u{1f468}');
  });
});

describe('whitespace', () => {
  const o = { ...only, whitespace: true };
  it('maps exotic spaces and tabs to a space and collapses runs', () => {
    expect(normalize('قال\u00a0الوزير\u2009 \u202fإن\t\tالخطة\u3000جاهزة', o)).toBe('قال الوزير إن الخطة جاهزة');
  });
  it('turns CRLF and CR into LF and drops spaces around line breaks', () => {
    expect(normalize('السطر الأول  \r\n  السطر الثاني\rالثالث', o)).toBe('السطر الأول\nالسطر الثاني\nالثالث');
  });
  it('keeps paragraph breaks: at most one blank line', () => {
    expect(normalize('فقرة أولى\n\n\n\nفقرة ثانية\n \n \nثالثة', o)).toBe('فقرة أولى\n\nفقرة ثانية\n\nثالثة');
    expect(normalize('أ\u2029ب\u2028ج\u0085د', o)).toBe('أ\n\nب\nج\nد');
  });
  it('drops trailing spaces at the end, keeps one leading space', () => {
    expect(normalize('  خبر عاجل   ', o)).toBe(' خبر عاجل');
    expect(normalize('خبر\n', o)).toBe('خبر\n');
  });
});

describe('diacritics', () => {
  const o = { ...only, diacritics: true };
  it('strips harakat, tanween, shadda, sukun, dagger alef and Quranic marks', () => {
    expect(normalize('إِنَّ الْعِلْمَ نُورٌ', o)).toBe('إن العلم نور');
    expect(normalize('هٰذا', o)).toBe('هذا');
    expect(normalize('ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ', o)).toBe('ذلك ٱلكتب لا ريب  فيه ');
  });
  it('keeps the classes asked for', () => {
    expect(normalize('مُحَمَّدٌ', { ...only, diacritics: { keepShadda: true } })).toBe('محمّد');
    expect(normalize('مُحَمَّدٌ', { ...only, diacritics: { keepTanween: true } })).toBe('محمدٌ');
    expect(normalize('مُحَمَّدٌ', { ...only, diacritics: { keepHarakat: true } })).toBe('مُحَمَد');
    expect(normalize('قُلْ', { ...only, diacritics: { keepSukun: true } })).toBe('قلْ');
    expect(normalize('ر\u0654', { ...only, diacritics: { keepMaddaHamza: true } })).toBe('ر\u0654');
    expect(normalize('ر\u0654', o)).toBe('ر');
    expect(normalize('فِيهِ ۛ', { ...only, diacritics: { keepQuranic: true } })).toBe('فيه ۛ');
  });
  it('handles dagger alef: strip, keep, or alef between letters', () => {
    expect(normalize('هٰذا', { ...only, diacritics: { daggerAlef: 'keep' } })).toBe('هٰذا');
    expect(normalize('ٱلسَّمَٰوَٰتِ', { ...only, alef: true, diacritics: { daggerAlef: 'alef' } })).toBe('السماوات');
    expect(normalize('عَلَىٰ', { ...only, diacritics: { daggerAlef: 'alef' } })).toBe('على');
    expect(normalize('ٰب', { ...only, diacritics: { daggerAlef: 'alef' } })).toBe('ب');
  });
  it('strips the astral marks U+10EFA–U+10EFF (surrogate pairs)', () => {
    expect(normalize('ق\u{10efa}ل\u{10eff}', o)).toBe('قل');
    expect(normalize('ق\u{10efa}ل', { ...only, diacritics: { keepQuranic: true } })).toBe('ق\u{10efa}ل');
    expect(normalize('ق\u{10efa}ل', 'light')).toBe('ق\u{10efa}ل');
  });
  it('does not touch the non-Mn Quranic signs or Latin combining marks', () => {
    expect(normalize('\u06dd١٢ \u06de \u06e5 \u06e6 \u06e9 e\u0301', o)).toBe('\u06dd١٢ \u06de \u06e5 \u06e6 \u06e9 e\u0301');
  });
});

describe('alef', () => {
  it('folds hamzated and wasla alefs but not alef maksura or dagger alef', () => {
    expect(normalize('أحمد إبراهيم آمال ٱلقرآن ٲ ٳ إلى', { ...only, alef: true })).toBe('احمد ابراهيم امال القران ا ا الى');
    expect(normalize('هٰذا', { ...only, alef: true })).toBe('هٰذا');
  });
});

describe('ya', () => {
  it('folds alef maksura to ya by default', () => {
    expect(normalize('مستشفى على', { ...only, ya: true })).toBe('مستشفي علي');
    expect(normalize('مستشفى على', { ...only, ya: 'ya' })).toBe('مستشفي علي');
  });
  it('turns word-final ya into alef maksura in the reverse direction', () => {
    const o = { ...only, ya: 'alef-maksura' } as const;
    expect(normalize('ذهب علي إلي المستشفي', o)).toBe('ذهب على إلى المستشفى');
    expect(normalize('بيت يد في', o)).toBe('بيت يد فى');
    expect(normalize('عليّ، ي', o)).toBe('علىّ، ي');
    expect(normalize('علي\u200eه', { ...o, invisibles: true })).toBe('عليه');
  });
});

describe('tehMarbuta and hamza', () => {
  it('folds teh marbuta to heh', () => {
    expect(normalize('مدرسة ۃ', { ...only, tehMarbuta: true })).toBe('مدرسه ه');
  });
  it('folds the hamza carriers but keeps bare hamza and hamza on alef', () => {
    expect(normalize('مسؤول رئيس سماء أحمد', { ...only, hamza: true })).toBe('مسوول رييس سماء أحمد');
  });
});

describe('digits', () => {
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalize('في ١٥ مايو ٢٠٢٤ و۱۲۳', { ...only, digits: true })).toBe('في 15 مايو 2024 و123');
  });
  it('folds the separators only between digits', () => {
    const o = { ...only, digits: 'ascii' } as const;
    expect(normalize('٣٫٥ مليون و١٬٢٠٠٬٠٠٠ دينار', o)).toBe('3.5 مليون و1,200,000 دينار');
    expect(normalize('٫ ٬ ٣٫ ٫٥', o)).toBe('٫ ٬ 3٫ ٫5');
    expect(normalize('٣٫ـ٥', { ...o, tatweel: true })).toBe('3.5');
  });
  it('can go the other way', () => {
    expect(normalize('عام 2024 و۱۲', { ...only, digits: 'arabic-indic' })).toBe('عام ٢٠٢٤ و١٢');
  });
});

describe('punctuation', () => {
  it('folds Arabic punctuation to ASCII, also between digits', () => {
    expect(normalize('نعم، لا؛ لماذا؟ ٥٪ ٭ ۔', { ...only, punctuation: true })).toBe('نعم, لا; لماذا? ٥% * .');
    expect(normalize('٢،٥', { ...only, punctuation: true, digits: true })).toBe('2,5');
  });
});

describe('elongation', () => {
  const o = { ...only, elongation: true };
  it('collapses a letter repeated three times or more', () => {
    expect(normalize('جميييييل جداااا هههههه', o)).toBe('جميل جدا ه');
    expect(normalize('الليل', o)).toBe('الليل');
  });
  it('never touches digits or Latin text', () => {
    expect(normalize('1000000 https://www.example.com/aaa', o)).toBe('1000000 https://www.example.com/aaa');
  });
  it('is off in every profile', () => {
    expect(normalize('جميييل', 'search')).toBe('جميييل');
  });
  it('keeps the offsets of the first letter of the run', () => {
    const r = normalizeWithOffsets('جميييل', o);
    expect(r.text).toBe('جميل');
    expect(Array.from(r.offsets)).toEqual([0, 1, 2, 5, 6]);
  });
});
