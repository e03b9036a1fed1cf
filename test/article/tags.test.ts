import { describe, expect, it } from 'vitest';
import { splitTags } from '../../src/article/tags.js';

describe('splitTags', () => {
  it('splits on separators and drops empty pieces', () => {
    expect(splitTags('صحة، تعليم، نقل عام')).toEqual(['صحة', 'تعليم', 'نقل عام']);
    expect(splitTags('#صحة #تعليم')).toEqual(['صحة', 'تعليم']);
    expect(splitTags('صحة | | تعليم;سفر')).toEqual(['صحة', 'تعليم', 'سفر']);
  });

  it('keeps a single word or nothing as is', () => {
    expect(splitTags('صحة')).toEqual(['صحة']);
    expect(splitTags('   ')).toEqual([]);
  });

  it('segments code-point sorted lists: most tags, earlier tags longest', () => {
    expect(splitTags('الجوازات الرياض اليمنيين بطاقة زائر تصحيح أوضاع')).toEqual(['الجوازات', 'الرياض', 'اليمنيين', 'بطاقة زائر', 'تصحيح أوضاع']);
    expect(splitTags('أوامر ملكية الملك سلمان تويتر')).toEqual(['أوامر ملكية', 'الملك سلمان', 'تويتر']);
    expect(splitTags('أ ب ت ث')).toEqual(['أ', 'ب', 'ت', 'ث']);
  });

  it('falls back to words with name particles joined for unsorted lists', () => {
    expect(splitTags('السعودية إيران خالد بن سلمان')).toEqual(['السعودية', 'إيران', 'خالد بن سلمان']);
    expect(splitTags('مصر السعودية بن سلمان')).toEqual(['مصر', 'السعودية', 'بن سلمان']);
    expect(splitTags('مصر الأردن أبو عبيدة')).toEqual(['مصر', 'الأردن', 'أبو عبيدة']);
    expect(splitTags('مصر الأردن بن')).toEqual(['مصر', 'الأردن', 'بن']);
  });

  it('does not search orderings of very long lines', () => {
    const words = Array.from({ length: 90 }, (_, i) => `و${String(i).padStart(2, '0')}`);
    expect(splitTags(words.join(' '))).toEqual(words);
  });
});
