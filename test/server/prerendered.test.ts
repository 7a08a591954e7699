import { expect } from '@open-wc/testing';
import type { KetamineEvidenceCard } from '../../src/index.js';
import { setLocale } from '../../src/localization/index.js';
import { readerText } from '../support/prerendered-page.js';

/**
 * A page whose HTML holds an evidence card pre-rendered by the server renderer (src/server.ts, served by
 * scripts/lib/prerender.js): the card's text shows before any script defines the element; once
 * the element is defined it shows the same text, once, and the console stays quiet.
 */

describe('pre-rendered evidence card', () => {
  it('shows its text before the script and the same text, once, after', async () => {
    const response = await fetch('/prerendered/evidence-card.html?study=feder-2021-ptsd&locale=en');
    const html = await response.text();
    expect(html).to.include('shadowrootmode="open"');
    expect(customElements.get('ketamine-evidence-card')).to.equal(undefined);

    const holder = document.createElement('div');
    document.body.append(holder);
    // As the HTML parser does for a page: declarative shadow roots attach.
    holder.setHTMLUnsafe(html);
    const card = holder.querySelector('ketamine-evidence-card')! as KetamineEvidenceCard;
    const root = card.shadowRoot!;
    expect(root, 'the shadow root is attached from the HTML').to.exist;
    const headline = root.querySelector<HTMLElement>('[part~="headline"]')!;
    expect(headline.checkVisibility()).to.equal(true);
    expect(headline.getBoundingClientRect().height).to.be.greaterThan(0);
    const before = readerText(root);
    expect(before).to.include('Feder');
    expect(before.length).to.be.greaterThan(500);

    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await import('../../src/elements/evidence-card/define.js');
      await card.updateComplete;
    } finally {
      console.error = consoleError;
    }
    expect(card.shadowRoot).to.equal(root);
    expect(readerText(root)).to.equal(before);
    expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(root.querySelectorAll('[part~="headline"]')).to.have.length(1);
    expect(root.querySelector('style'), 'the pre-rendered styles gave way to the adopted ones').to.equal(null);
    expect(root.querySelector('[part~="headline"]')!.checkVisibility()).to.equal(true);
    expect(errors).to.deep.equal([]);
    holder.remove();
  });

  it('in another language, keeps the pre-rendered text on show while its texts load', async () => {
    const html = await (await fetch('/prerendered/evidence-card.html?study=feder-2021-ptsd&locale=es')).text();
    const holder = document.createElement('div');
    document.body.append(holder);
    const switching = setLocale('es');
    // The element is defined by now (the test above): it upgrades at once and waits for its Spanish texts.
    holder.setHTMLUnsafe(html);
    const card = holder.querySelector('ketamine-evidence-card')! as KetamineEvidenceCard;
    const root = card.shadowRoot!;
    const before = readerText(root);
    expect(before).to.include('Detalles del estudio');
    await new Promise(requestAnimationFrame);
    expect(root.querySelector('.loading'), 'no placeholder beside the pre-rendered text').to.equal(null);
    expect(readerText(root)).to.equal(before);
    await switching;
    await card.updateComplete;
    expect(readerText(root)).to.equal(before);
    expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
    holder.remove();
  });

  it('on a page that mixes pre-rendered and plain tags, shows each once after the script', async () => {
    await setLocale('en');
    const card = await (await fetch('/prerendered/evidence-card.html?study=feder-2021-ptsd&locale=en')).text();
    const holder = document.createElement('div');
    document.body.append(holder);
    holder.setHTMLUnsafe(
      `${card}<ketamine-evidence-card study="glue-2017-dose"></ketamine-evidence-card>` +
        '<ketamine-how-it-works></ketamine-how-it-works>',
    );
    const [prerendered, plain] = holder.querySelectorAll<KetamineEvidenceCard>('ketamine-evidence-card');
    const howItWorks = holder.querySelector('ketamine-how-it-works') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    // Booleans, not elements: chai's message for a failed assertion on a shadow root stalls the run.
    expect(howItWorks.shadowRoot === null, 'the plain tag is empty before its script').to.equal(true);
    const before = readerText(prerendered!.shadowRoot!);
    await import('../../src/elements/how-it-works/define.js');
    await Promise.all([prerendered!.updateComplete, plain!.updateComplete, howItWorks.updateComplete]);
    expect(readerText(prerendered!.shadowRoot!)).to.equal(before);
    for (const widget of [prerendered!, plain!, howItWorks])
      expect(widget.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
    expect(readerText(plain!.shadowRoot!)).to.include('Glue');
    holder.remove();
  });
});
