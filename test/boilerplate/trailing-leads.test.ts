import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../src/boilerplate/index.js';

const ARTICLE = [
  'أعلنت الحكومة اليوم عن حزمة إجراءات لدعم الشركات الصغيرة، وفق بيان رسمي صدر بعد اجتماع مجلس الوزراء.',
  'وقال وزير المالية إن الحزمة تشمل قروضا ميسرة وإعفاءات ضريبية مؤقتة للشركات المتضررة.',
  'وأضاف أن الحكومة ستراجع نتائج الإجراءات بعد ستة أشهر من تطبيقها.',
  'وكانت غرفة التجارة قد طالبت بتدخل حكومي عاجل منذ مطلع العام.',
];
const LEADS = [
  'قال وزير الخارجية الفرنسي، الخميس، إن بلاده ستستضيف مؤتمرا دوليا حول المناخ في وقت لاحق من هذا العام.',
  'كشف مسؤول في البنك الدولي أن معدلات النمو في المنطقة ستتراجع خلال العام المقبل بسبب ارتفاع أسعار الطاقة.',
  'أعلنت وكالة الفضاء الأوروبية، الأربعاء، نجاح إطلاق قمر صناعي جديد لرصد التغيرات المناخية في القطب الشمالي.',
];
const EMBED = 'نشر المتحدث باسم الرئاسة اليوم صورا من لقاء الرئيس مع وفد رجال الأعمال بمقر الرئاسة، وذلك في...';

describe('trailing lead sentences of other stories', () => {
  it('removes a run of three or more lead sentences after an article that continues with «و»', () => {
    const text = [...ARTICLE, EMBED, ...LEADS].join('\n');
    const r = removeBoilerplate(text);
    expect(r.removed.map((x) => [x.kind, text.slice(x.start, x.end).trim()])).toEqual([
      ['other', EMBED],
      ['related-list', LEADS.join('\n')],
    ]);
    expect(r.text).toBe(ARTICLE.join('\n') + '\n');
  });

  it('skips a footer line at the very end and stops at one above the run', () => {
    const text = [...ARTICLE, 'المصدر: وكالات', ...LEADS, 'المصدر: وكالات'].join('\n');
    expect(removeBoilerplate(text).removed.map((x) => x.kind)).toEqual(['source', 'related-list', 'source']);
  });

  it('keeps short runs, multi-sentence paragraphs and articles that do not continue with «و»', () => {
    expect(removeBoilerplate([...ARTICLE, ...LEADS.slice(0, 2)].join('\n')).removed).toEqual([]);
    const multi = LEADS.map((l) => l + ' ثم انتهى الاجتماع بعد ساعتين من النقاش.');
    expect(removeBoilerplate([...ARTICLE, ...multi].join('\n')).removed).toEqual([]);
    const plain = ARTICLE.map((l) => l.replace(/^و/u, ''));
    expect(removeBoilerplate([...plain, ...LEADS].join('\n')).removed).toEqual([]);
    expect(removeBoilerplate([ARTICLE[0], ...LEADS].join('\n')).removed).toEqual([]);
    expect(removeBoilerplate([...ARTICLE, ...LEADS.map((l) => l.slice(0, -1) + ' «نص»')].join('\n')).removed).toEqual([]);
  });

  it('keeps lines that repeat another line of the page: they are no other stories', () => {
    // the article's lead pasted again three times at the end
    const repeated = [...ARTICLE, ARTICLE[0]!, ARTICLE[0]!, ARTICLE[0]!].join('\n');
    expect(removeBoilerplate(repeated).removed).toEqual([]);
    // a lead repeated at the very end: the run ends before it starts
    expect(removeBoilerplate([...ARTICLE, LEADS[0]!, LEADS[1]!, LEADS[2]!, LEADS[2]!].join('\n')).removed).toEqual([]);
    // a repeat above the run ends it there; the three distinct leads below still go
    const text = [...ARTICLE, ARTICLE[0]!, ...LEADS].join('\n');
    const r = removeBoilerplate(text);
    expect(r.removed.map((x) => [x.kind, text.slice(x.start, x.end).trim()])).toEqual([['related-list', LEADS.join('\n')]]);
  });

  it('accepts a decimal point and a closing quote inside lead sentences', () => {
    const leads = [
      'قال محافظ البنك المركزي إن التضخم بلغ 3.5 في المئة خلال الشهر الماضي مقارنة بالعام السابق.',
      'أكد رئيس الوزراء أن الحكومة ماضية في خطتها الاقتصادية رغم الانتقادات "التي لا أساس لها".',
      LEADS[0]!,
    ];
    expect(removeBoilerplate([...ARTICLE, ...leads].join('\n')).removed.map((x) => x.kind)).toEqual(['related-list']);
  });
});
