import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/defined.js';
import type { KetamineSafetyFacts } from '../../src/elements/safety-facts/safety-facts.js';

const part = (el: HTMLElement, name: string): string =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';

describe('<ketamine-safety-facts>', () => {
  it('shows its built-in content, with the disclaimer, and passes axe', async () => {
    const el = await fixture<KetamineSafetyFacts>(html`<ketamine-safety-facts></ketamine-safety-facts>`);
    await el.updateComplete;
    expect(part(el, 'heading')).to.equal('A new widget');
    expect(part(el, 'disclaimer')).to.include('not medical advice');
    await expect(el).to.be.accessible();
  });

  it('shows the clinic text of an inline JSON child instead', async () => {
    const el = await fixture<KetamineSafetyFacts>(
      html`<ketamine-safety-facts
        ><script type="application/json">
          { "title": "Our clinic", "text": "What we offer." }
        </script></ketamine-safety-facts
      >`,
    );
    // The first validation loads zod and the schema: allow for a slow machine.
    await waitUntil(() => part(el, 'heading') === 'Our clinic', 'the clinic title shows', { timeout: 10000 });
    expect(part(el, 'text')).to.equal('What we offer.');
  });

  it('names each wrong field of invalid clinic JSON, and fires ketamine-error', async () => {
    const errors: Event[] = [];
    const el = await fixture<KetamineSafetyFacts>(
      html`<ketamine-safety-facts @ketamine-error=${(e: Event) => errors.push(e)}
        ><script type="application/json">
          { "title": "" }
        </script></ketamine-safety-facts
      >`,
    );
    await waitUntil(() => part(el, 'error') !== '', 'the error panel shows', { timeout: 10000 });
    expect(part(el, 'error')).to.include('title').and.to.include('text');
    expect(errors).to.have.length(1);
  });
});
