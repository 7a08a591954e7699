import { expect, waitUntil } from '@open-wc/testing';
import '../support/defined.js';
import { SUPPORTED_LOCALES, getLocale, setLocale } from '../../src/index.js';
import { resolveLocale } from '../../src/localization/locales.js';
import { participantCount } from '../../src/localization/plural.js';
import { LAST_REVIEWED } from '../../src/content/review.js';
import { settled, textOf } from '../support/helpers.js';

const SHIPPED = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];
const PAGE = `
  <ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>
  <ketamine-treatment-timeline current="monitoring"></ketamine-treatment-timeline>
  <ketamine-therapy-comparison></ketamine-therapy-comparison>
  <ketamine-how-it-works></ketamine-how-it-works>`;

let page: HTMLDivElement;
const widgets = () => [...page.children] as HTMLElement[];
const roots = () => widgets().map((w) => w.shadowRoot!.querySelector('.root')!);

async function renderPage(): Promise<void> {
  page = document.createElement('div');
  page.innerHTML = PAGE;
  document.body.append(page);
  await Promise.all(widgets().map((w) => settled(w)));
}

/** Every widget shows the library's current locale: never a mix. */
async function expectAllIn(locale: string): Promise<void> {
  await waitUntil(() => getLocale() === locale, `locale is ${getLocale()}, not ${locale}`);
  await Promise.all(widgets().map((w) => (w as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  expect(roots().map((r) => r.getAttribute('lang'))).to.deep.equal(widgets().map(() => locale));
}

describe('six languages', () => {
  beforeEach(renderPage);
  afterEach(async () => {
    page.remove();
    await setLocale('en');
  });

  it('ships en, es, fr, de, pt-BR and ar (plus the en-XA pseudo-locale for QA)', () => {
    expect(SUPPORTED_LOCALES).to.include.members([...SHIPPED, 'en-XA']);
  });

  for (const locale of SHIPPED) {
    it(`renders every widget in ${locale}, accessible, with a localized date`, async () => {
      await setLocale(locale);
      await expectAllIn(locale);
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.parse(LAST_REVIEWED),
      );
      for (const w of widgets()) {
        expect(textOf(w.shadowRoot!.querySelector('.reviewed'))).to.include(date);
        await expect(w).to.be.accessible();
      }
      if (locale !== 'en') {
        // The disclaimer is translated (it differs from the English one).
        const disclaimer = textOf(widgets()[0]!.shadowRoot!.querySelector('[part~="disclaimer"]'));
        expect(disclaimer).not.to.include('Educational information');
      }
    });
  }

  it('renders Arabic right to left, mirrored through logical properties', async () => {
    await setLocale('ar');
    await expectAllIn('ar');
    expect(roots().map((r) => r.getAttribute('dir'))).to.deep.equal(widgets().map(() => 'rtl'));
    const [card, timeline] = widgets();
    const header = card!.shadowRoot!.querySelector('[part~="header"]')!;
    expect(getComputedStyle(header).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(header).borderLeftWidth).to.equal('0px');
    // The timeline's markers sit on the right of the step text.
    const step = timeline!.shadowRoot!.querySelector('[part~="step"]')!;
    const marker = step.querySelector('[part~="marker"]')!.getBoundingClientRect();
    const body = step.querySelector('[part~="body"]')!.getBoundingClientRect();
    expect(marker.left).to.be.greaterThan(body.left);
    // DOIs stay left to right inside the Arabic text.
    const doi = card!.shadowRoot!.querySelector('bdi')!;
    expect(getComputedStyle(doi).unicodeBidi).to.equal('isolate');
  });

  it('counts with Intl.PluralRules: English one/other, Arabic six forms', async () => {
    expect(participantCount(1)).to.equal('1 participant');
    expect(participantCount(18)).to.equal('18 participants');
    await setLocale('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((n) => participantCount(n));
    expect(new Set(forms).size, forms.join(' | ')).to.be.greaterThan(3);
    // Digits as the engine's locale data writes Arabic numbers: Latin (0, 1, …) in Chromium and Firefox,
    // Arabic-Indic (٠, ١, …) in WebKitGTK, which uses the system's older ICU/CLDR.
    forms.forEach((form, i) => expect(form).to.include(new Intl.NumberFormat('ar').format([0, 1, 2, 3, 11, 100][i]!)));
  });

  it('formats counts for the locale', async () => {
    await setLocale('de');
    expect(participantCount(10000)).to.include('10.000');
    await setLocale('fr');
    expect(participantCount(10000).replace(/\s/g, ' ')).to.include('10 000');
  });
});

describe('locale resolution', () => {
  it('falls back by language: es-419 → es, pt-PT → pt-BR, fr-CA → fr, de-AT → de, ar-EG → ar', () => {
    expect(resolveLocale('es-419')).to.equal('es');
    expect(resolveLocale('pt-PT')).to.equal('pt-BR');
    expect(resolveLocale('pt')).to.equal('pt-BR');
    expect(resolveLocale('fr-CA')).to.equal('fr');
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(resolveLocale('ar-EG')).to.equal('ar');
    expect(resolveLocale('zh-CN')).to.equal('en');
    expect(resolveLocale('en-GB')).to.equal('en');
  });
});

describe('translation plugins rewriting <html lang>', () => {
  const before = document.documentElement.lang;
  beforeEach(async () => {
    await renderPage();
    await setLocale(null);
  });
  afterEach(async () => {
    page.remove();
    document.documentElement.lang = before;
    await setLocale('en');
  });

  it('follows a flip to a language the library has, all widgets at once', async () => {
    document.documentElement.lang = 'fr';
    await expectAllIn('fr');
    document.documentElement.lang = 'de-DE';
    await expectAllIn('de');
  });

  it('falls back to English, not a mix, for a language it lacks', async () => {
    document.documentElement.lang = 'es';
    await expectAllIn('es');
    document.documentElement.lang = 'ja';
    await expectAllIn('en');
    expect(textOf(widgets()[0]!.shadowRoot!.querySelector('[part~="disclaimer"]'))).to.include(
      'Educational information',
    );
  });
});
