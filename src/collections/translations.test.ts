import { describe, expect, it } from 'vitest';
import { checkTranslatedText, mdxBlocks, numbersIn, pairMdxBlocks, shapeOf, stampOf, type TranslatedText } from './translations.ts';

const text = (english: string, translation: string, more: Partial<TranslatedText> = {}): TranslatedText => ({
  file: 'content/ru/chapters/syria.mdx',
  englishFile: 'content/chapters/syria.mdx',
  label: 'block 3',
  english: { text: english, line: 12 },
  translation: { text: translation, line: 10 },
  stamp: stampOf(english),
  mdx: true,
  ...more,
});
const glossary = [{ id: 'hamadan', en: 'Hamadan', forms: { ru: ['Хамадан'] } }];

describe('numbersIn', () => {
  it('reads thousands and decimals as each language writes them', () => {
    expect(numbersIn('6,000 drones and 1.5 billion', 'en')).toEqual(['1.5', '6000']);
    expect(numbersIn('6\u00a0000 дронов и 1,5 млрд', 'ru')).toEqual(['1.5', '6000']);
  });
  it('counts Russian Roman-numeral centuries as the English ordinals', () => {
    expect(numbersIn('in the 18th and 19th centuries', 'en')).toEqual(['18', '19']);
    expect(numbersIn('в XVIII и XIX веках', 'ru')).toEqual(['18', '19']);
    expect(numbersIn('и в XVIII, и в XIX веке', 'ru')).toEqual(['18', '19']);
    expect(numbersIn('from the Beginning of the Nineteenth Century', 'en')).toEqual(['19']);
  });
  it('reads Persian digits, separators and centuries in words as the English numbers', () => {
    expect(numbersIn('۶٬۰۰۰ پهپاد و ۱٫۵ میلیارد دلار در ۱۷ ژانویهٔ ۲۰۲۵', 'fa')).toEqual(['1.5', '17', '2025', '6000']);
    expect(numbersIn('در قرن‌های ۱۸ و ۱۹', 'fa')).toEqual(['18', '19']);
    expect(numbersIn('از آغاز قرن نوزدهم', 'fa')).toEqual(['19']);
    expect(numbersIn('در سال ۲۰۱۶.[@tass-2016-s300] [نقشه](../historic-rivals/#chart-2)', 'fa')).toEqual(['2016']);
  });
  it('leaves citation ids and link targets out', () => {
    expect(numbersIn('In 2016.[@tass-2016-s300] See [the map](../historic-rivals/#chart-2)', 'en')).toEqual(['2016']);
  });
});

describe('blocks', () => {
  it('splits an MDX body after its front matter, with lines', () => {
    const blocks = mdxBlocks('---\ntitle: "x"\n---\n\nOne.\nStill one.\n\n## Two\n\n<Chart id="timeline" />\n');
    expect(blocks.map((b) => [b.line, b.text])).toEqual([
      [5, 'One.\nStill one.'],
      [8, '## Two'],
      [10, '<Chart id="timeline" />'],
    ]);
    expect(blocks.map((b) => shapeOf(b.text).kind)).toEqual(['text', 'heading', 'component']);
  });
  it('fails when the counts differ, naming the first block that does not match', () => {
    expect(() => pairMdxBlocks('en.mdx', 'A.\n\n## B\n\nC.', 'ru.mdx', 'А.\n\nВ.')).toThrow(
      'ru.mdx: has 2 blocks where the English (en.mdx) has 3; the first that does not match is block 2 (English line 3, here line 3)',
    );
  });
});

describe('checkTranslatedText', () => {
  it('passes a faithful block', () => {
    expect(() =>
      checkTranslatedText(
        text('Bombers flew from Hamadan in 2016.[@a; @b]', 'В 2016 г. бомбардировщики летали из Хамадана.[@a; @b]'),
        'ru',
        glossary,
      ),
    ).not.toThrow();
  });
  it('names the file, line, block and the citations that differ', () => {
    expect(() => checkTranslatedText(text('In 2016.[@a; @b]', 'В 2016 г.[@b; @a]'), 'ru', [])).toThrow(
      'content/ru/chapters/syria.mdx:10 (block 3): citations differ from the English (content/chapters/syria.mdx:12): English [@a; @b]; here [@b; @a] (the same brackets, in the same order)',
    );
  });
  it('fails on a number the translation changed, dropped or added', () => {
    expect(() => checkTranslatedText(text('On 24 October 1813.', '24 октября 1812 г.'), 'ru', [])).toThrow(
      'numbers differ from the English (content/chapters/syria.mdx:12): English 1813 24; here 1812 24',
    );
  });
  it('fails on a link target, a component line or a kind of block that differs', () => {
    expect(() => checkTranslatedText(text('[map](#chart-region-map)', '[карта](#chart-map)'), 'ru', [])).toThrow('link targets differ');
    expect(() => checkTranslatedText(text('<Chart id="timeline" />', '<Chart id="region-map" />'), 'ru', [])).toThrow(
      'component line must be copied exactly',
    );
    expect(() => checkTranslatedText(text('## Allies', 'Союзники'), 'ru', [])).toThrow('is a text where the English');
  });
  it('finds a Persian name written with Arabic letters, a joiner or an ezafe', () => {
    const persian = [{ id: 'turkmenchay', en: 'Turkmenchay', forms: { fa: ['عهدنامهٔ ترکمانچای'] } }];
    const fa = (translation: string) => text('The Treaty of Turkmenchay.', translation, { file: 'content/fa/chapters/syria.mdx' });
    expect(() => checkTranslatedText(fa('عهدنامه ترکمانچاي.'), 'fa', persian)).not.toThrow();
    expect(() => checkTranslatedText(fa('عهدنامهٔ گلستان.'), 'fa', persian)).toThrow('names Turkmenchay');
  });
  it('fails when the English names a glossary entry the translation does not', () => {
    expect(() => checkTranslatedText(text('From Hamadan.', 'С иранской базы.'), 'ru', glossary)).toThrow(
      'the English (content/chapters/syria.mdx:12) names Hamadan, but this text has none of «Хамадан» (content/glossary.yaml: hamadan)',
    );
    // A word that merely contains the name is no match.
    expect(() => checkTranslatedText(text('Hamadanian rugs.', 'Ковры.'), 'ru', glossary)).not.toThrow();
  });
  it('fails a block whose English changed after it was stamped, or that was never stamped', () => {
    expect(() => checkTranslatedText(text('Now.', 'Сейчас.', { stamp: stampOf('Before.') }), 'ru', [])).toThrow(
      'out of date: the English (content/chapters/syria.mdx:12) changed after it was translated',
    );
    expect(() => checkTranslatedText(text('Now.', 'Сейчас.', { stamp: undefined }), 'ru', [])).toThrow('has no stamp');
  });
});
