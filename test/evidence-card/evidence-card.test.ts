import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/index.js';
import { STUDY_IDS } from '../../src/content/studies.js';
import type { KetamineEvidenceCard } from '../../src/index.js';
import { settled, textOf } from '../support/helpers.js';

describe('<ketamine-evidence-card>', () => {
  afterEach(() => setLocale('en'));

  for (const id of STUDY_IDS) {
    it(`renders ${id} and passes axe`, async () => {
      const el = await fixture<KetamineEvidenceCard>(html`<ketamine-evidence-card study=${id}></ketamine-evidence-card>`);
      await settled(el);
      const text = textOf(el.shadowRoot);
      expect(el.shadowRoot!.querySelector('[part~="headline"]')!.getAttribute('role')).to.equal('heading');
      expect(text).to.include('Main result');
      expect(text).to.include('Ketamine is not FDA-approved for anxiety disorders or PTSD');
      await expect(el).to.be.accessible();
    });
  }

  it('shows an unknown id as an error panel and fires ketamine-error', async () => {
    const el = document.createElement('ketamine-evidence-card');
    el.setAttribute('study', 'nope-1999');
    const event = oneEvent(el, 'ketamine-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.issues[0].path).to.equal('study');
    await settled(el);
    expect(textOf(el.shadowRoot)).to.include('"nope-1999"');
    el.remove();
  });
});
