import { describe, expect, it } from 'vitest';
import { removeBoilerplate, type BoilerplateKind } from '../../src/boilerplate/index.js';

/** The removed pieces, trimmed, with their kinds. */
function pieces(text: string, options?: Parameters<typeof removeBoilerplate>[1]): Array<[BoilerplateKind, string]> {
  return removeBoilerplate(text, options).removed.map((r) => [r.kind, text.slice(r.start, r.end).trim()]);
}

const P1 = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، بطاقة استيعابية تبلغ مئتي سرير.';
const P2 = 'وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من نصف مليون نسمة في المنطقة الشمالية.';
const P3 = 'وأضاف أن العمل في المشروع استغرق ثلاث سنوات بتكلفة إجمالية بلغت مليار ريال.';

describe('read-also', () => {
  it('removes a marker on its own line with the teaser headline below it', () => {
    const text = `${P1}\nاقرأ أيضاً\nافتتاح مدرسة جديدة في الحي الشرقي\n${P2}`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاً\nافتتاح مدرسة جديدة في الحي الشرقي']]);
    expect(removeBoilerplate(text).text).toBe(`${P1}\n${P2}`);
  });

  it('takes a multi-line teaser list as one unit', () => {
    const text = `${P1}\nإقرأ أيضاً:\nخطة لتوسيع شبكة الطرق\nارتفاع أسعار الوقود في الربع الأول\nمعرض للكتاب يفتح أبوابه غدا\n${P2}`;
    expect(pieces(text)).toEqual([['read-also', 'إقرأ أيضاً:\nخطة لتوسيع شبكة الطرق\nارتفاع أسعار الوقود في الربع الأول\nمعرض للكتاب يفتح أبوابه غدا']]);
  });

  it('matches hamza, diacritic and separator variants at a line start', () => {
    for (const marker of ['اقرأ أيضا...', 'اقرأ ايضا|', 'إقرأ أيضًا:', 'قد يهمك أيضا:', 'للمزيد:', 'انفوجرافيك:', 'أيضاً..']) {
      const text = `${P1}\n${marker} رئيس الوزراء يستقبل وفدا اقتصاديا\n${P2}`;
      expect(pieces(text), marker).toEqual([['read-also', `${marker} رئيس الوزراء يستقبل وفدا اقتصاديا`]]);
    }
  });

  it('ends a glued teaser where a sentence opener resumes the article', () => {
    const text = `${P1}  اقرأ أيضاًالاقتصادالبنك المركزي يثبت أسعار الفائدة للمرة الثالثة وأوضح المدير أن الأعمال ستنتهي قريبا.`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاًالاقتصادالبنك المركزي يثبت أسعار الفائدة للمرة الثالثة']]);
  });

  it('ends a glued teaser at the rest of a number the marker cut in two', () => {
    const text = 'سجل العداء زمنا قدره 2:14.  اقرأ أيضاًالرياضة“الصقور” تفوز بكأس البطولة الإقليمية 560 دقيقة في السباق الطويل.';
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاًالرياضة“الصقور” تفوز بكأس البطولة الإقليمية']]);
  });

  it('ends a glued teaser after a full stop when no opener follows', () => {
    const text = `${P1} اقرأ أيضاًالمجتمعحملة للتبرع بالدم في الجامعة. المستشفى يضم أقساما متخصصة للأطفال والنساء وكبار السن.`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاًالمجتمعحملة للتبرع بالدم في الجامعة.']]);
  });

  it('falls back to the line end, or 14 words, without evidence', () => {
    const short = `${P1} اقرأ أيضاًالمملكةتدشين مركز جديد للأبحاث الزراعية`;
    expect(pieces(short)).toEqual([['read-also', 'اقرأ أيضاًالمملكةتدشين مركز جديد للأبحاث الزراعية']]);
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${i}`).join(' ');
    const long = `${P1} اقرأ أيضا ${words}`;
    expect(pieces(long)[0]?.[1]).toBe(`اقرأ أيضا ${Array.from({ length: 14 }, (_, i) => `كلمة${i}`).join(' ')}`);
  });

  it('takes a long rest after a line-start marker as a glued teaser', () => {
    const words = Array.from({ length: 35 }, (_, i) => `كلمة${i}`).join(' ');
    const text = `${P1}\nاقرأ أيضا خبر عن الطقس في العاصمة وقال المتنبئ ${words}`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضا خبر عن الطقس في العاصمة']]);
  });

  it('leaves the marker words alone inside a sentence', () => {
    for (const text of [
      'وقال المعلم للطلاب اقرأ أيضا الفصل الثاني قبل الامتحان.',
      'قد يهمكم أن تعرفوا أن المعرض يفتح أبوابه غدا.',
      'أقر البرلمان إقرار الموازنة للمزيد من الشفافية.',
      'للمزيد من المعلومات يمكن زيارة الموقع الرسمي للوزارة.',
    ]) {
      expect(removeBoilerplate(text).removed, text).toEqual([]);
    }
  });

  it('removes a marker with nothing after it', () => {
    const text = `${P1}\nاقرأ أيضا:\n\n${P2} ${P3}`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضا:']]);
  });

  it('removes a whole appended article that follows the page footer', () => {
    const text = `${P1}\n${P2}\nالمصدر: وكالات\nإقرأ أيضاً:\nانطلاق مهرجان المسرح العربي\n${P3} ${P1}\n${P2}`;
    const r = removeBoilerplate(text);
    expect(pieces(text).map((p) => p[0])).toEqual(['source', 'read-also']);
    expect(r.text).toBe(`${P1}\n${P2}\n`);
  });
});

describe('related-list', () => {
  it('removes an author\'s other headlines glued into one run', () => {
    const text = `${P1}\nمقالات أخرى للكاتبالتعليم أولاالمدن الذكيةطريق الحرير الجديد`;
    expect(pieces(text)).toEqual([['related-list', 'مقالات أخرى للكاتبالتعليم أولاالمدن الذكيةطريق الحرير الجديد']]);
  });

  it('removes the run after a sentence end on the same line', () => {
    const text = `${P1} مقالات أخرى للكاتبالتعليم أولا`;
    expect(pieces(text)).toEqual([['related-list', 'مقالات أخرى للكاتبالتعليم أولا']]);
  });
});

describe('source, tags, publish-date', () => {
  it('removes source lines in their spellings', () => {
    expect(pieces(`${P1}\nالمصدر: رويترز`)).toEqual([['source', 'المصدر: رويترز']]);
    expect(pieces(`${P1}\nالمصدر | الخليج الجديدالمصدر: الخليج الجديد`)).toEqual([['source', 'المصدر | الخليج الجديدالمصدر: الخليج الجديد']]);
    expect(pieces(`${P1} المصدر (سكاي نيوز)`)).toEqual([['source', 'المصدر (سكاي نيوز)']]);
  });

  it('leaves «المصدر» as a noun in prose', () => {
    expect(removeBoilerplate(`${P1}\nالمصدر الذي طلب عدم ذكر اسمه أكد صحة الخبر.`).removed).toEqual([]);
    expect(removeBoilerplate(`قال إن المصدر: مجهول حتى الآن ولم يتم التحقق منه بعد من قبل السلطات المختصة في البلاد.`).removed).toEqual([]);
  });

  it('removes tag lines and a trailing «سمات» list', () => {
    expect(pieces(`${P1}\nكلمات دلالية: الصحة المستشفيات الرياض`)).toEqual([['tags', 'كلمات دلالية: الصحة المستشفيات الرياض']]);
    expect(pieces(`${P1} سمات الصحة المستشفيات الرياض `)).toEqual([['tags', 'سمات الصحة المستشفيات الرياض']]);
  });

  it('keeps «سمات» in prose', () => {
    expect(removeBoilerplate(`${P1} سمات القائد الناجح كثيرة، منها الصبر.`).removed).toEqual([]);
    expect(removeBoilerplate(`سمات الشخصية القيادية\n${P1}`).removed).toEqual([]);
  });

  it('removes a publication-date line and the masthead under it', () => {
    const text = `تاريخ النشر: الثلاثاء 01 مايو 2012\r\nالاتحاد\r\n${P1}`;
    expect(pieces(text)).toEqual([
      ['publish-date', 'تاريخ النشر: الثلاثاء 01 مايو 2012'],
      ['site-residue', 'الاتحاد'],
    ]);
  });
});

describe('datelines and head lines', () => {
  it('removes opening credits', () => {
    expect(pieces(`القاهرة - (أ ش أ) - ${P1}`)).toEqual([['dateline', 'القاهرة - (أ ش أ) -']]);
    expect(pieces(`بيروت، لبنان (CNN) -- ${P1}`)).toEqual([['dateline', 'بيروت، لبنان (CNN) --']]);
    expect(pieces(`(CNN)-- ${P1}`)).toEqual([['dateline', '(CNN)--']]);
    expect(pieces(`الشارقة (الاتحاد) - ${P1}`)).toEqual([['dateline', 'الشارقة (الاتحاد) -']]);
    expect(pieces(`الرياض - واس\n${P1}`)).toEqual([['dateline', 'الرياض - واس']]);
    expect(pieces(`جدة 12 رجب 1436 هـ الموافق 1 مايو 2015 م واس\n${P1}`)).toEqual([['dateline', 'جدة 12 رجب 1436 هـ الموافق 1 مايو 2015 م واس']]);
    expect(pieces(`عين اليوم – متابعات\n${P1}`)).toEqual([['dateline', 'عين اليوم – متابعات']]);
  });

  it('leaves a dash inside the first sentence alone', () => {
    expect(removeBoilerplate(`قال الوزير - في مؤتمر صحفي عقده اليوم - إن الميزانية ستعلن الشهر المقبل، وفق ما أوردت الصحف.`).removed).toEqual([]);
    expect(removeBoilerplate(`أعلنت الشركة (أرامكو). وهي أكبر منتج - عن أرباح قياسية خلال العام الماضي، وفق بيان رسمي.`).removed).toEqual([]);
    expect(removeBoilerplate(`أعلنت الشركة (وهي أكبر منتج للنفط في العالم) - أرباحا قياسية خلال العام الماضي، وفق بيان رسمي.`).removed).toEqual([]);
    expect(removeBoilerplate(`نيويورك (CNN) -- قصير جدا`).removed).toEqual([]);
  });

  it('removes a stand-alone byline in the page head', () => {
    expect(pieces(`حوار مع المدرب الجديد\nسامي الخطيب -\n${P1}`)).toEqual([['other', 'سامي الخطيب -']]);
    expect(pieces(`بقلم: سامي الخطيب\n${P1}`)).toEqual([['other', 'بقلم: سامي الخطيب']]);
  });

  it('keeps the headline and subtitle lines', () => {
    const text = `وزير الصحة يفتتح مستشفى الشمال\nمئتا سرير وخدمات متخصصة للأطفال\n${P1}\n${P2}`;
    expect(removeBoilerplate(text).removed).toEqual([]);
  });
});

describe('site residue, share, copyright, captions', () => {
  it('removes domain residue and wire end markers', () => {
    expect(pieces(`EXAMPLE.INFO - متابعة\n${P1}`)).toEqual([['site-residue', 'EXAMPLE.INFO - متابعة']]);
    expect(pieces(`${P1}\n // انتهى //\n 18:35 ت م \n`)).toEqual([
      ['site-residue', '// انتهى //'],
      ['site-residue', '18:35 ت م'],
    ]);
    expect(pieces(`${P1}\n18:35 ت م`)).toEqual([]);
  });

  it('removes share promos with their rule line, and glued share widgets', () => {
    expect(pieces(`${P1}\n----------\nيمكنكم تسلم إشعارات بأهم الأخبار بعد تحميل تطبيقنا على هواتفكم.`)).toEqual([
      ['share', '----------\nيمكنكم تسلم إشعارات بأهم الأخبار بعد تحميل تطبيقنا على هواتفكم.'],
    ]);
    expect(pieces(` شارك من خلال تويتر فيسبوك واتساب اكتب رأيك ${P1}`)).toEqual([['share', 'شارك من خلال تويتر فيسبوك واتساب اكتب رأيك']]);
    expect(pieces(`${P1}\nتابعونا على تويتر`)).toEqual([['share', 'تابعونا على تويتر']]);
  });

  it('joins a rule line to the finding above it', () => {
    expect(pieces(`${P1}\nالمصدر: وكالات\n-----\n${P2}`)).toEqual([['source', 'المصدر: وكالات\n-----']]);
  });

  it('removes copyright lines and photo notes', () => {
    expect(pieces(`${P1}\n**جميع الحقوق محفوظة لمجلة الواحة`)).toEqual([['copyright', '**جميع الحقوق محفوظة لمجلة الواحة']]);
    expect(pieces(`${P1} (صورة أرشيفية) `)).toEqual([['caption', '(صورة أرشيفية)']]);
    expect(pieces(`${P1} ( أرشيفية )`)).toEqual([['caption', '( أرشيفية )']]);
    expect(pieces(`${P1} (صورة أرشيفية للمبنى`)).toEqual([]);
  });
});

describe('not boilerplate', () => {
  it('keeps quotes, crossheads, hashtags, attribution and the last sentence', () => {
    const text = [
      'رئيس البلدية: المشروع سيكتمل قبل الصيف',
      'وأوضح رئيس البلدية، وفقاً لما نقلت عنه «عكاظ»، أن المشروع يسير وفق الجدول.',
      'مراحل التنفيذ',
      'وقال: "سننتهي من المرحلة الأولى خلال شهرين"، وتصدر وسم #مشروع_الواجهة المنصات.',
      'ويأمل السكان أن يخفف المشروع من الازدحام.',
    ].join('\n');
    expect(removeBoilerplate(text)).toEqual({ text, removed: [] });
  });
});

describe('options', () => {
  const page = `${P1}\nالمصدر: وكالات\nكلمات دلالية: صحة مستشفى`;

  it('keeps the kinds listed in keep', () => {
    expect(pieces(page, { keep: ['source'] })).toEqual([['tags', 'كلمات دلالية: صحة مستشفى']]);
    expect(removeBoilerplate(page, { keep: ['source', 'tags'] })).toEqual({ text: page, removed: [] });
  });

  it('adds site-specific markers, folded like the built-in ones', () => {
    expect(pieces(`${P1}\nتابعنا على تلغرام`, { markers: [{ text: 'تابعنا على', kind: 'share' }] })).toEqual([['share', 'تابعنا على تلغرام']]);
    expect(pieces(`${P1}\nإقرأ كمان\nعنوان خبر آخر\n${P2}`, { markers: [{ text: 'اقرا كمان', kind: 'read-also' }] })).toEqual([
      ['read-also', 'إقرأ كمان\nعنوان خبر آخر'],
    ]);
    expect(pieces(`${P1} للتواصل مع المحرر: 123`, { markers: [{ text: 'للتواصل مع المحرر', kind: 'other', lineStart: false }] })).toEqual([
      ['other', 'للتواصل مع المحرر: 123'],
    ]);
    expect(pieces(`${P1} للتواصل مع المحرر: 123`, { markers: [{ text: 'للتواصل مع المحرر', kind: 'other' }] })).toEqual([]);
  });

  it('rejects bad options, naming them', () => {
    expect(() => removeBoilerplate('x', null as never)).toThrow(/options/u);
    expect(() => removeBoilerplate('x', 'source' as never)).toThrow(TypeError);
    expect(() => removeBoilerplate('x', { keep: 'source' as never })).toThrow(/options\.keep/u);
    expect(() => removeBoilerplate('x', { keep: ['nope' as never] })).toThrow(RangeError);
    expect(() => removeBoilerplate('x', { markers: {} as never })).toThrow(/options\.markers/u);
    expect(() => removeBoilerplate('x', { markers: [null as never] })).toThrow(/options\.markers/u);
    expect(() => removeBoilerplate('x', { markers: [{ text: ' ', kind: 'share' }] })).toThrow(/text/u);
    expect(() => removeBoilerplate('x', { markers: [{ text: 'a', kind: 'nope' as never }] })).toThrow(RangeError);
    expect(() => removeBoilerplate('x', { markers: [{ text: 'a', kind: 'share', lineStart: 1 as never }] })).toThrow(/lineStart/u);
  });
});

describe('input', () => {
  it('throws a TypeError naming the function for a non-string', () => {
    expect(() => removeBoilerplate(42 as never)).toThrow(/removeBoilerplate.*number/u);
    expect(() => removeBoilerplate(null as never)).toThrow(/removeBoilerplate.*null/u);
  });

  it('accepts empty, blank and odd strings', () => {
    for (const s of ['', '\n\n', '\r', '\u2028x\u2029', '\ud800', 'plain English text.']) expect(removeBoilerplate(s)).toEqual({ text: s, removed: [] });
  });
});

describe('head lines: date lines, hanging bylines, agency lines', () => {
  it('removes a stand-alone date line in the page head', () => {
    for (const line of ['الجمعة, 20 يوليو, 2012, 15:53 بتوقيت القدس', '2012-04-22', 'الخميس 26 جويلية 2012', '12/7/2012 12:00 صباحا']) {
      const text = `عنوان الخبر هنا\n${line}\n${P1}\n${P2}`;
      expect(pieces(text), line).toEqual([['publish-date', line]]);
    }
  });

  it('keeps head lines that hold more than a date', () => {
    expect(removeBoilerplate(`عنوان الخبر هنا\nمعرض الكتاب 2012 في الرياض\n${P1}`).removed).toEqual([]);
    expect(removeBoilerplate(`عنوان الخبر هنا\nأيام الرياض 5 مايو 2012 الثقافية\n${P1}`).removed).toEqual([]);
    expect(removeBoilerplate(`عنوان الخبر هنا\nمرحلة 2012 الجديدة\n${P1}`).removed).toEqual([]);
  });

  it('removes a byline hanging on a dash and an agency alone on its line', () => {
    expect(pieces(`EXAMPLE.INFO\n  -  سامي الخطيب\n${P1}`)).toEqual([
      ['site-residue', 'EXAMPLE.INFO'],
      ['other', '-  سامي الخطيب'],
    ]);
    expect(pieces(`عنوان الخبر هنا\n و م ع\n${P1}`)).toEqual([['dateline', 'و م ع']]);
  });
});

describe('glued teaser evidence', () => {
  it('takes a verb-shaped «و» word after a headline of usual length', () => {
    const text = `${P1}  اقرأ أيضاًالمملكةالهيئة العامة للطرق تطلق مشروعا جديدا لصيانة الجسور في العاصمة ويسهل المشروع حركة المرور في الأحياء المزدحمة كثيرا`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاًالمملكةالهيئة العامة للطرق تطلق مشروعا جديدا لصيانة الجسور في العاصمة']]);
  });

  it('does not take definite nouns, adverbs or feminine nouns as verbs', () => {
    const text = `${P1}  اقرأ أيضاًالهيئة العامة للطرق تطلق مشروعا جديدا والجسور محليا ودوليا وصيانة مستمرة عاشراً: إنشاء هيئة جديدة`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاًالهيئة العامة للطرق تطلق مشروعا جديدا والجسور محليا ودوليا وصيانة مستمرة']]);
  });

  it('prefers strong evidence within eighteen words to weak evidence', () => {
    const text = `${P1}  اقرأ أيضاًشرطة المنطقة تقبض على ثلاثة أشخاص لارتكابهم سرقات وتسترد المسروقات وقال المتحدث إن التحقيق مستمر مع المتهمين`;
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاًشرطة المنطقة تقبض على ثلاثة أشخاص لارتكابهم سرقات وتسترد المسروقات']]);
  });

  it('treats a year before the marker as a sentence end, not a cut number', () => {
    const text = 'تماشيا مع أهداف رؤية 2030.  اقرأ أيضاًالمملكةإعلان نتائج القبول للعام 1444 هـ عبر البوابة الموحدة وكان الميناء قد حصل على الجائزة.';
    expect(pieces(text)).toEqual([['read-also', 'اقرأ أيضاًالمملكةإعلان نتائج القبول للعام 1444 هـ عبر البوابة الموحدة']]);
  });
});

describe('domain residue variants', () => {
  it('removes a domain written with a space, and a domain line with a short credit', () => {
    expect(pieces(`EXAMPLE INFO- سامي الخطيب\n${P1}`)).toEqual([['site-residue', 'EXAMPLE INFO- سامي الخطيب']]);
    expect(pieces(`EXAMPLE.INFO- خاص - بقلم: سامي الخطيب\n${P1}`)).toEqual([['site-residue', 'EXAMPLE.INFO- خاص - بقلم: سامي الخطيب']]);
    expect(removeBoilerplate(`BBC NEWS عربي\n${P1}`).removed).toEqual([]);
    expect(removeBoilerplate(`Ab INFO\n${P1}`).removed).toEqual([]);
  });
});

describe('inline dateline edge cases', () => {
  const rest = 'أعلنت الوزارة اليوم عن خطة جديدة لتطوير المستشفيات في المحافظات، وفق بيان رسمي.';
  it('takes a prefix ending with an agency name', () => {
    expect(pieces(`الرياض - واس - ${rest}`)).toEqual([['dateline', 'الرياض - واس -']]);
  });

  it('rejects prefixes that are prose', () => {
    expect(removeBoilerplate(`قال الوزير. ثم (الوزارة) - ${rest}`).removed).toEqual([]);
    expect(removeBoilerplate(`قال الوزير) - ${rest}`).removed).toEqual([]);
    expect(removeBoilerplate(`أعلن (المتحدث باسم الوزارة في العاصمة اليوم) - ${rest}`).removed).toEqual([]);
    expect(removeBoilerplate(`قال: "الوزير" (الوزارة) - ${rest}`).removed).toEqual([]);
  });

  it('ignores site markers that fold to nothing', () => {
    expect(removeBoilerplate(`${P1}\nًٌ باقي السطر`, { markers: [{ text: 'ًٌ', kind: 'share' }] }).removed).toEqual([]);
  });
});

describe('read-also separators', () => {
  it('needs a separator after separator-only markers', () => {
    expect(removeBoilerplate(`${P1}\nللمزيد عن الموضوع يمكن زيارة الموقع الرسمي للوزارة.`).removed).toEqual([]);
    expect(removeBoilerplate(`${P1}\nاقرأالمزيد`).removed).toEqual([]);
    expect(pieces(`${P1}\nاقرأ: عنوان خبر آخر عن الصحة\n${P2}`)).toEqual([['read-also', 'اقرأ: عنوان خبر آخر عن الصحة']]);
  });

  it('takes teasers across one blank line but stops at a headline ending in a colon', () => {
    expect(pieces(`${P1}\nاقرأ أيضا\n\nعنوان خبر آخر\nعنوان فرعي:\n${P2}`)).toEqual([['read-also', 'اقرأ أيضا\n\nعنوان خبر آخر']]);
  });
});
