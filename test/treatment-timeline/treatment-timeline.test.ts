// WCAG: 1.1.1, 1.3.1, 1.4.3, 2.1.1, 2.4.4, 4.1.2
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import { STEP_IDS } from '../../src/elements/treatment-timeline/timeline-steps.js';
import type { ClinicStepInput, KetamineTreatmentTimeline } from '../../src/index.js';
import type { KetamineStepToggleDetail } from '../../src/elements/treatment-timeline/treatment-timeline.js';
import { captureConsole, settled, textOf } from '../support/helpers.js';
import { setMedia } from '../support/media.js';

const TAG = 'ketamine-treatment-timeline';

const stepsOf = (el: KetamineTreatmentTimeline): HTMLLIElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.step'),
];
/** The source numbers a step's footnote links point at. */
const citedBy = (step: Element): number[] =>
  [...step.querySelectorAll<HTMLAnchorElement>('[part~="step-sources"] a[part~="footnote"]')].map((a) =>
    Number(a.dataset['source']),
  );
const summaryOf = (step: Element): HTMLElement => step.querySelector<HTMLElement>('summary')!;
const detailsOf = (step: Element): HTMLDetailsElement => step.querySelector<HTMLDetailsElement>('details')!;

/** A clinic's own process, as a webmaster would write it. */
const CLINIC: { steps: ClinicStepInput[] } = {
  steps: [
    {
      id: 'intake-call',
      title: { en: 'Intake call', es: 'Llamada inicial' },
      description: {
        en: 'A 20-minute phone call with our care team.',
        es: 'Una llamada de 20 minutos con nuestro equipo.',
      },
      timing: { en: 'Week 0', es: 'Semana 0' },
      icon: 'phone',
    },
    {
      id: 'infusions',
      title: { en: 'Infusion series', es: 'Serie de infusiones' },
      // No Spanish entry: falls back to English.
      description: { en: '6 infusions over 2–3 weeks.' },
      timing: '2–3 weeks',
      details: { en: 'Each visit takes about two hours at our clinic.', es: 'Cada visita dura unas dos horas.' },
      sources: [{ citation: 'Our clinic protocol, 2025', url: 'https://clinic.example/protocol' }],
    },
    {
      id: 'check-in',
      title: 'Check-in',
      description: 'A visit with your provider.',
      sources: [{ citation: 'Our clinic protocol, 2025', url: 'https://clinic.example/protocol' }],
    },
  ],
};

function withJson(json: string, attrs: Record<string, string> = {}): KetamineTreatmentTimeline {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

describe('<ketamine-treatment-timeline>', () => {
  afterEach(async () => {
    await setLocale('en');
    await setMedia('screen');
  });

  describe('built-in steps', () => {
    it('renders the five steps in order, as an ordered list, and passes axe', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const list = el.shadowRoot!.querySelector('[part~="list"]')!;
      expect(list.localName).to.equal('ol');
      const steps = stepsOf(el);
      expect(steps.map((s) => s.dataset['stepId'])).to.deep.equal([...STEP_IDS]);
      expect(steps.map((s) => textOf(s.querySelector('[part~="title"]')))).to.deep.equal([
        'Assessment',
        'Treatment sessions',
        'Monitoring',
        'Follow-up',
        'Talk therapy (CBT)',
      ]);
      // Talk therapy is not a next step after ketamine (review 3, D9): it is "Another option", unnumbered.
      expect(steps.map((s) => textOf(s.querySelector('[part~="step-number"]')))).to.deep.equal([
        'Step 1',
        'Step 2',
        'Step 3',
        'Step 4',
        'Another option',
      ]);
      steps.forEach((step) => {
        expect(step.parentElement).to.equal(list);
        expect(step.querySelector('[part~="title"]')!.getAttribute('role')).to.equal('heading');
        expect(step.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
        expect(textOf(step.querySelector('[part~="timing"]'))).to.match(/^Typical timing: \S/);
        expect(textOf(step.querySelector('[part~="description"]'))).to.not.equal('');
        const svg = step.querySelector('[part~="marker"] svg')!;
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(svg.querySelector('[href], image, use')).to.equal(null);
        expect(detailsOf(step).open).to.equal(false);
        expect(step.hasAttribute('aria-current')).to.equal(false);
      });
      expect(el.shadowRoot!.querySelector('[part~="current-label"]')).to.equal(null);
      expect(textOf(el.shadowRoot)).to.include('Ketamine is not FDA-approved for anxiety disorders or PTSD');
      await expect(el).to.be.accessible();
    });

    it('states the facts from the evidence file with their sources', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const [, administration, monitoring, followUp, complementary] = stepsOf(el);
      const firstView = (step: Element, part: string) => textOf(step.querySelector(`[part~="${part}"]`));
      expect(textOf(administration)).to.include('40 minutes');
      expect(textOf(monitoring)).to.include('at least 2 hours after each dose');
      expect(textOf(followUp)).to.include('median of 27.5 days');
      expect(textOf(followUp)).to.include('lasted a week at most');
      expect(textOf(complementary)).to.include('did no better');
      // The route in the studies, not clinic practice: IV drips in the PTSD studies and one social anxiety study,
      // shots under the skin in most anxiety studies (evidence.md §K), so "most studies" never claims an infusion.
      expect(firstView(administration!, 'description'), 'the studies, not clinic practice').to.equal(
        'In the PTSD studies and one social anxiety study, ketamine was a slow drip into a vein (an IV infusion). Most anxiety studies used shots under the skin. Ask your clinic how it will be given to you.',
      );
      expect(firstView(administration!, 'description')).to.not.include('In most studies');
      expect(textOf(administration), 'all three studies of shots under the skin').to.include('12 to 20 people each');
      const [assessment] = stepsOf(el);
      expect(textOf(assessment)).to.include('abuse and misuse').and.include('psychiatric');
      expect(textOf(assessment), 'the Spravato label as that of the one approved form').to.include(
        'The label of the one approved form, esketamine nasal spray (Spravato)',
      );
      expect(textOf(assessment)).to.include('coma or death');
      // Drug classes and psychosis in plain words.
      expect(textOf(assessment))
        .to.include('These include some anxiety medicines (benzodiazepines) and opioids (strong painkillers)')
        .and.include('people with psychosis (losing touch with what is real) or a past drug problem');
      expect(textOf(monitoring)).to.include('blood pressure is checked before and after');
      expect(textOf(monitoring), 'no rule for IV ketamine is made up').to.include('Ask your clinic');
      // Monitoring, first view: who watches after IV ketamine, and for how long, is the clinic's to say (evidence.md §K:
      // UNVERIFIED for IV ketamine); 2 hours is the nasal spray's rule.
      // Review 5, D4 and D5: the nasal spray's driving rules and sleepiness rates (§K, §I spravato-label), named as the
      // nasal spray's; for other forms, driving is the clinic's to say (UNVERIFIED for IV ketamine).
      expect(firstView(monitoring!, 'description')).to.equal(
        'Ask your clinic who will watch you during and after each session, and for how long. In studies, side effects included feeling detached and higher blood pressure. With the approved nasal spray (esketamine), you are watched for at least 2 hours after each dose. In its depression studies, about 5 to 6 in 10 people became sleepy, and 3 or 4 in 1,000 passed out. With the nasal spray, someone must drive you home, and you must not drive until the next day. For other forms, ask your clinic about driving.',
      );
      expect(firstView(monitoring!, 'description'))
        .to.include('feeling detached and higher blood pressure')
        .and.include('With the nasal spray, someone must drive you home')
        .and.include('For other forms, ask your clinic about driving.');
      expect(firstView(monitoring!, 'description')).to.not.include('Staff watch you');
      expect(textOf(monitoring), 'Spravato’s rules named as its own').to.include('Spravato’s label and the maker’s');
      // The 40 minutes are the drip's, in the trials, not a visit's.
      expect(firstView(administration!, 'timing')).to.equal(
        'Typical timing: In two studies, the drip took 40 minutes. The whole visit is longer.',
      );
      expect(textOf(administration)).to.include('ask your clinic how long yours will be');
      // Follow-up assumes no benefit: continue or stop, and the effect often faded.
      expect(firstView(followUp!, 'description')).to.include('decide whether to continue or stop');
      expect(firstView(followUp!, 'description')).to.include('faded within days to weeks');
      // Review 5, D3: long-term safety is unknown (evidence.md §D short-2018-sr, §H banov-2020-review), in the first view.
      expect(firstView(followUp!, 'description')).to.include(
        'No one knows yet if using ketamine for a long time is safe.',
      );
      // CBT is a treatment in its own right (NICE CG113: CBT, applied relaxation or a medicine, as choices), not a
      // follow-on to ketamine; nothing says to combine them, as nothing in the evidence file supports it.
      expect(firstView(complementary!, 'title')).to.equal('Talk therapy (CBT)');
      expect(firstView(complementary!, 'description'))
        .to.include('UK guidelines (NICE) recommend it as a treatment for anxiety in its own right')
        .and.include('It is not a next step after ketamine');
      expect(firstView(complementary!, 'timing')).to.equal(
        'Typical timing: For generalized anxiety: one hour a week for three to four months',
      );
      expect(textOf(complementary)).to.not.match(/alongside/i);
      expect(textOf(complementary)).to.include('one hour each week for three to four months');
      expect(textOf(el.shadowRoot)).to.not.match(/coaching|daily habits/i);
      // The assessment's first view says what its details say: off-label, small studies, mixed results, the danger
      // with other sleep-causing drugs (evidence.md §I ketalar-label) and, for the nasal spray only, who should not
      // have it (§I spravato-label).
      expect(firstView(assessment!, 'description'))
        .to.include('not FDA-approved for anxiety or PTSD')
        .and.include('Its studies are small, with mixed results')
        .and.include('Tell your provider about all your medicines')
        // Review 3, D2: the warning is the anesthetic label's, and it covers every drug that makes you sleepy.
        .and.include(
          'Ketamine’s label as an anesthetic warns about other drugs that make you sleepy, such as some anxiety medicines or strong painkillers. With them, ketamine may cause very deep sleep, slowed breathing, coma or death',
        )
        .and.include(
          'Some people should not have the approved nasal spray, such as people who have had bleeding in the brain or are pregnant',
        )
        // Review 7, D5: for every other form, no FDA label lists who should not have it (§I ketalar-label), and the
        // first view names what to tell the provider, so the nasal spray's list is not read as the whole list.
        .and.include(
          'For ketamine by drip, shot or tablet, no FDA label lists who should not have it for mental health',
        )
        .and.include(
          'Tell your provider if you have high blood pressure, heart or blood-vessel problems, psychosis, past drug problems, or are pregnant',
        );
      for (const step of stepsOf(el)) {
        expect(textOf(step.querySelector('[part~="step-sources"]'))).to.match(/^Sources: \d/);
        const numbers = citedBy(step);
        expect(numbers).to.not.deep.equal([]);
        expect(numbers).to.deep.equal([...numbers].sort((x, y) => x - y));
      }
    });

    it('lists the sources once each in the footer, numbered, with working https links', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const list = el.shadowRoot!.querySelector('[part~="footer"] [part~="sources"]')!;
      expect(list.localName).to.equal('ol');
      const items = [...list.children];
      const citations = items.map((li) => textOf(li.querySelector('.citation')));
      expect(new Set(citations).size).to.equal(citations.length);
      // Every number a step cites points at an entry of the list.
      const cited = new Set(stepsOf(el).flatMap(citedBy));
      expect([...cited].sort((a, b) => a - b)).to.deep.equal(items.map((_, i) => i + 1));
      const feder2014 = items.find((li) => li.textContent!.includes('Efficacy of Intravenous Ketamine'))!;
      const hrefs = [...feder2014.querySelectorAll('a[part~="link"]')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        'https://doi.org/10.1001/jamapsychiatry.2014.62',
        'https://pubmed.ncbi.nlm.nih.gov/24740528/',
      ]);
      // Besides its web links, each source has one back link, to the footnote that first cites it.
      items.forEach((li, i) => {
        expect(li.querySelector('a.back')!.getAttribute('href')).to.equal(`#ref-${i + 1}`);
        expect(el.shadowRoot!.getElementById(`ref-${i + 1}`)!.getAttribute('href')).to.equal(`#source-${i + 1}`);
      });
      const links = [...list.querySelectorAll<HTMLAnchorElement>('a:not(.back)')];
      expect(links.length).to.be.greaterThan(5);
      for (const a of links) {
        expect(new URL(a.href).protocol).to.equal('https:');
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('part')).to.equal('link');
      }
      // No PubMed link for a PMID the evidence file does not verify (Feder 2021).
      const feder2021 = items.find((li) => li.textContent!.includes('Repeated Ketamine Administration'))!;
      expect(feder2021.querySelector('a[href*="pubmed"]')).to.equal(null);
    });
  });

  describe('keyboard and toggle event', () => {
    it('opens with Enter and closes with Space, firing ketamine-step-toggle', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button>
          <ketamine-treatment-timeline></ketamine-treatment-timeline>
        </div>`,
      );
      const el = wrapper.querySelector(TAG)!;
      await settled(el);
      const first = stepsOf(el)[0]!;
      const details = detailsOf(first);

      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(summaryOf(first));

      let event = oneEvent(el, 'ketamine-step-toggle');
      await sendKeys({ press: 'Enter' });
      let { detail } = (await event) as CustomEvent<KetamineStepToggleDetail>;
      expect(detail).to.deep.equal({ id: 'assessment', open: true });
      expect(details.open).to.equal(true);

      event = oneEvent(el, 'ketamine-step-toggle');
      // ' ' rather than 'Space': puppeteer's WebDriver BiDi keyboard (Firefox) knows no key named Space.
      await sendKeys({ press: ' ' });
      ({ detail } = (await event) as CustomEvent<KetamineStepToggleDetail>);
      expect(detail).to.deep.equal({ id: 'assessment', open: false });
      expect(details.open).to.equal(false);
    });

    it('fires a bubbling, composed event that names the step', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const event = oneEvent(document, 'ketamine-step-toggle');
      summaryOf(stepsOf(el)[2]!).click();
      const fired = (await event) as CustomEvent<KetamineStepToggleDetail>;
      expect(fired.bubbles).to.equal(true);
      expect(fired.composed).to.equal(true);
      expect(fired.detail).to.deep.equal({ id: 'monitoring', open: true });
    });
  });

  describe('current', () => {
    it('marks exactly one step with aria-current="step" and a "You are here" label', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline current="monitoring"></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const marked = el.shadowRoot!.querySelectorAll('[aria-current]');
      expect(marked.length).to.equal(1);
      expect(marked[0]!.getAttribute('aria-current')).to.equal('step');
      expect((marked[0] as HTMLElement).dataset['stepId']).to.equal('monitoring');
      expect(marked[0]!.getAttribute('part')).to.equal('step step-current');
      const labels = el.shadowRoot!.querySelectorAll('[part~="current-label"]');
      expect(labels.length).to.equal(1);
      expect(marked[0]!.contains(labels[0]!)).to.equal(true);
      expect(textOf(labels[0]!)).to.equal('You are here');
      // Not by colour alone: the current marker's ring is thicker than the others'.
      const [other, current] = [stepsOf(el)[0]!, marked[0]!].map((s) =>
        getComputedStyle(s.querySelector('[part~="marker"]')!),
      );
      expect(parseFloat(current!.borderTopWidth)).to.be.greaterThan(parseFloat(other!.borderTopWidth));
      await expect(el).to.be.accessible();

      el.current = 'follow-up';
      await el.updateComplete;
      expect((el.shadowRoot!.querySelector('[aria-current="step"]') as HTMLElement).dataset['stepId']).to.equal(
        'follow-up',
      );
    });

    it('shows talk therapy as another option, unnumbered, still marked by current="complementary"', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline current="complementary"></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const steps = stepsOf(el);
      const option = steps.at(-1)!;
      expect(option.dataset['stepId']).to.equal('complementary');
      expect(option.getAttribute('aria-current')).to.equal('step');
      expect(textOf(option.querySelector('[part~="step-number"]'))).to.equal('Another option');
      expect(textOf(option.querySelector('[part~="current-label"]'))).to.equal('You are here');
      expect(textOf(option)).to.not.match(/Step 5/);
      // Not by wording alone: a dashed ring marks it, and a dashed line leads to it from the last step.
      expect(getComputedStyle(option.querySelector('[part~="marker"]')!).borderTopStyle).to.equal('dashed');
      expect(getComputedStyle(steps[0]!.querySelector('[part~="marker"]')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(steps.at(-2)!, '::before').borderInlineStartStyle).to.equal('dashed');
      expect(getComputedStyle(steps[0]!, '::before').borderInlineStartStyle).to.equal('solid');
      await expect(el).to.be.accessible();

      await setLocale('es');
      await el.updateComplete;
      expect(textOf(option.querySelector('[part~="step-number"]'))).to.equal('Otra opción');
      expect(textOf(steps[3]!.querySelector('[part~="step-number"]'))).to.equal('Paso 4');
    });

    it('numbers every clinic step, one named complementary too', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline
          .steps=${[
            { id: 'visit', title: 'First visit', description: 'We talk.' },
            { id: 'complementary', title: 'Therapy', description: 'We talk more.' },
          ]}
        ></ketamine-treatment-timeline>`,
      );
      await settled(el);
      expect(stepsOf(el).map((s) => textOf(s.querySelector('[part~="step-number"]')))).to.deep.equal([
        'Step 1',
        'Step 2',
      ]);
    });

    it('warns once for an unknown id, naming the allowed ids, and marks nothing', async () => {
      let el!: KetamineTreatmentTimeline;
      const warnings = await captureConsole('warn', async () => {
        el = await fixture<KetamineTreatmentTimeline>(
          html`<ketamine-treatment-timeline current="recovery"></ketamine-treatment-timeline>`,
        );
        await settled(el);
        el.requestUpdate();
        await el.updateComplete;
        await setLocale('es');
        await el.updateComplete;
      });
      expect(warnings.length).to.equal(1);
      const message = String(warnings[0]![0]);
      expect(message).to.include('current="recovery"');
      for (const id of STEP_IDS) expect(message).to.include(`"${id}"`);
      expect(el.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="current-label"]')).to.equal(null);
    });
  });

  describe('orientation', () => {
    it('warns on orientation="diagonal" and renders vertical', async () => {
      let el!: KetamineTreatmentTimeline;
      const warnings = await captureConsole('warn', async () => {
        el = await fixture<KetamineTreatmentTimeline>(
          html`<div style="inline-size: 1000px">
            <ketamine-treatment-timeline orientation="diagonal"></ketamine-treatment-timeline>
          </div>`,
        ).then((w) => w.querySelector(TAG)!);
        await settled(el);
      });
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.include('orientation="diagonal"');
      expect(String(warnings[0]![0])).to.include('"vertical", "horizontal"');
      expect(el.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('data-orientation')).to.equal('vertical');
      expectStacked(stepsOf(el));
    });

    it('stacks horizontal steps in a 320px container and lays them side by side at 1000px', async () => {
      const narrow = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">
          <ketamine-treatment-timeline orientation="horizontal"></ketamine-treatment-timeline>
        </div>`,
      );
      const narrowEl = narrow.querySelector(TAG)!;
      await settled(narrowEl);
      expect(narrowEl.getBoundingClientRect().width).to.equal(320);
      expectStacked(stepsOf(narrowEl));

      const wide = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 1000px">
          <ketamine-treatment-timeline orientation="horizontal"></ketamine-treatment-timeline>
        </div>`,
      );
      const wideEl = wide.querySelector(TAG)!;
      await settled(wideEl);
      expectSideBySide(stepsOf(wideEl), 'ltr');
      await expect(wideEl).to.be.accessible();
    });

    it('mirrors in a right-to-left language', async () => {
      const wide = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 1000px">
          <ketamine-treatment-timeline orientation="horizontal" current="assessment"></ketamine-treatment-timeline>
        </div>`,
      );
      const el = wide.querySelector(TAG)!;
      await settled(el);
      // The widget sets dir from its locale; no right-to-left locale ships yet, so set it as one would.
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('dir')).to.equal('ltr');
      root.setAttribute('dir', 'rtl');
      expectSideBySide(stepsOf(el), 'rtl');
      // The marker sits at the inline start (the right) of each vertical step too.
      el.orientation = 'vertical';
      await el.updateComplete;
      expect(root.getAttribute('dir')).to.equal('rtl');
      const step = stepsOf(el)[0]!;
      const marker = step.querySelector('[part~="marker"]')!.getBoundingClientRect();
      const body = step.querySelector('[part~="body"]')!.getBoundingClientRect();
      expect(marker.left).to.be.greaterThan(body.right - 1);
    });
  });

  describe('clinic steps', () => {
    it('reads the JSON child, replaces the built-in steps and picks the locale per field', async () => {
      const el = withJson(JSON.stringify(CLINIC), { current: 'infusions' });
      document.body.append(el);
      try {
        await settled(el);
        expect(stepsOf(el).map((s) => s.dataset['stepId'])).to.deep.equal(['intake-call', 'infusions', 'check-in']);
        expect(textOf(el.shadowRoot)).to.not.include('Talk therapy (CBT)');
        const [intake, infusions, checkIn] = stepsOf(el) as [HTMLLIElement, HTMLLIElement, HTMLLIElement];
        expect(textOf(intake.querySelector('[part~="title"]'))).to.equal('Intake call');
        expect(textOf(infusions.querySelector('[part~="timing"]'))).to.equal('Typical timing: 2–3 weeks');
        expect(infusions.getAttribute('aria-current')).to.equal('step');
        // A step with neither details nor sources has no disclosure.
        expect(intake.querySelector('details')).to.equal(null);
        // The shared clinic source is listed once, with its link.
        const sources = el.shadowRoot!.querySelectorAll('[part~="sources"] > li');
        expect(sources.length).to.equal(1);
        expect(sources[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://clinic.example/protocol');
        expect(textOf(checkIn.querySelector('[part~="step-sources"]'))).to.include('1');
        await expect(el).to.be.accessible();

        await setLocale('es');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
        expect(textOf(intake.querySelector('[part~="title"]'))).to.equal('Llamada inicial');
        expect(textOf(infusions.querySelector('[part~="title"]'))).to.equal('Serie de infusiones');
        // No Spanish description given: English.
        expect(textOf(infusions.querySelector('[part~="description"]'))).to.equal('6 infusions over 2–3 weeks.');
        expect(textOf(checkIn.querySelector('[part~="title"]'))).to.equal('Check-in');
      } finally {
        el.remove();
      }
    });

    it('takes the steps property, which wins over the JSON child', async () => {
      const el = withJson(JSON.stringify({ steps: [{ id: 'from-json', title: 'JSON', description: 'JSON step' }] }));
      el.steps = CLINIC.steps;
      document.body.append(el);
      try {
        await settled(el);
        await waitUntil(() => stepsOf(el).length === 3, 'clinic steps did not render');
        expect(stepsOf(el).map((s) => s.dataset['stepId'])).to.deep.equal(['intake-call', 'infusions', 'check-in']);
        // The default icon of a step that picks none is the neutral dot; a picked icon is used.
        expect(stepsOf(el)[0]!.querySelector('svg path')).to.not.equal(null);

        el.steps = undefined;
        await waitUntil(() => stepsOf(el)[0]?.dataset['stepId'] === 'from-json', 'did not fall back to the JSON child');
      } finally {
        el.remove();
      }
    });

    it('re-reads the JSON child when it is edited', async () => {
      const el = withJson(JSON.stringify(CLINIC));
      document.body.append(el);
      try {
        await settled(el);
        el.querySelector('script')!.textContent = JSON.stringify({
          steps: [{ id: 'only', title: 'Only step', description: 'Edited.' }],
        });
        await waitUntil(() => stepsOf(el).length === 1, 'edit was not picked up');
        expect(textOf(stepsOf(el)[0]!.querySelector('[part~="title"]'))).to.equal('Only step');
      } finally {
        el.remove();
      }
    });

    it('shows HTML in clinic text as text', async () => {
      const el = document.createElement(TAG);
      el.steps = [
        {
          id: 'x',
          title: '<b id="injected">Bold</b>',
          description: '<img src="x" onerror="window.__pwned = true">',
          details: '<script>window.__pwned = true</script>',
        },
      ];
      document.body.append(el);
      try {
        await settled(el);
        const root = el.shadowRoot!;
        expect(root.querySelector('b, img, #injected')).to.equal(null);
        expect(root.querySelector('.details-body script')).to.equal(null);
        expect(textOf(root.querySelector('[part~="title"]'))).to.equal('<b id="injected">Bold</b>');
        expect(textOf(root.querySelector('[part~="description"]'))).to.include('<img src="x"');
        expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
      } finally {
        el.remove();
      }
    });

    const step = (extra: Record<string, unknown> = {}) => ({ id: 'a', title: 'A', description: 'Step A', ...extra });
    const INVALID: { name: string; json: string; path: string; hidden?: string }[] = [
      { name: 'broken JSON', json: '{"steps": [', path: '' },
      {
        name: 'a missing title',
        json: JSON.stringify({ steps: [{ id: 'a', description: 'Secret step' }] }),
        path: 'steps[0].title',
        hidden: 'Secret step',
      },
      {
        name: 'a wrong type',
        json: JSON.stringify({ steps: [step({ timing: 6, title: 'Secret' })] }),
        path: 'steps[0].timing',
        hidden: 'Secret',
      },
      {
        name: 'duplicate ids',
        json: JSON.stringify({ steps: [step({ title: 'Secret' }), step({ title: 'Other' })] }),
        path: 'steps[1].id',
        hidden: 'Secret',
      },
      {
        name: 'a javascript: source url',
        json: JSON.stringify({ steps: [step({ sources: [{ citation: 'Secret', url: 'javascript:alert(1)' }] })] }),
        path: 'steps[0].sources[0].url',
        hidden: 'Secret',
      },
      {
        name: 'an unknown field',
        json: JSON.stringify({ steps: [step({ colour: 'red', title: 'Secret' })] }),
        path: 'steps[0].colour',
        hidden: 'Secret',
      },
      { name: 'an unknown icon', json: JSON.stringify({ steps: [step({ icon: 'rocket' })] }), path: 'steps[0].icon' },
      {
        name: 'a text map without "en"',
        json: JSON.stringify({ steps: [step({ title: { es: 'Secreto' } })] }),
        path: 'steps[0].title',
      },
      { name: 'no steps', json: JSON.stringify({ steps: [] }), path: 'steps' },
    ];

    for (const { name, json, path, hidden } of INVALID) {
      it(`shows the error panel for ${name} and fires ketamine-error`, async () => {
        const el = withJson(json);
        const event = oneEvent(el, 'ketamine-error');
        const errors = await captureConsole('error', async () => {
          document.body.append(el);
          const { detail } = await event;
          expect(detail.issues.map((i: { path: string }) => i.path)).to.include(path);
          await settled(el);
        });
        try {
          expect(errors.length).to.equal(1);
          const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
          expect(panel.getAttribute('role')).to.equal('alert');
          expect(textOf(panel)).to.include('This treatment timeline could not be shown');
          if (path) expect([...panel.querySelectorAll('code')].map((c) => c.textContent)).to.include(path);
          else expect(textOf(panel)).to.include('valid JSON');
          expect(stepsOf(el).length).to.equal(0);
          if (hidden) expect(textOf(el.shadowRoot)).to.not.include(hidden);
          expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
        } finally {
          el.remove();
        }
      });
    }

    it('lists every problem at once, the duplicate id included', async () => {
      const el = withJson(
        JSON.stringify({
          steps: [
            { id: 'a', description: 'No title' },
            step({ sources: [{ citation: 'Ours', url: 'javascript:alert(1)' }] }),
          ],
        }),
      );
      const event = oneEvent(el, 'ketamine-error');
      await captureConsole('error', async () => {
        document.body.append(el);
        const { detail } = await event;
        expect(detail.issues.map((i: { path: string }) => i.path)).to.deep.equal([
          'steps[0].title',
          'steps[1].sources[0].url',
          'steps[1].id',
        ]);
      });
      el.remove();
    });

    it('validates the steps property with paths under steps[…]', async () => {
      const el = document.createElement(TAG);
      el.steps = [step(), step({ id: 'b' }), { id: 'c', description: 'No title' } as unknown as ClinicStepInput];
      const event = oneEvent(el, 'ketamine-error');
      await captureConsole('error', async () => {
        document.body.append(el);
        const { detail } = await event;
        expect(detail.issues[0].path).to.equal('steps[2].title');
        await settled(el);
      });
      try {
        expect(stepsOf(el).length).to.equal(0);
        expect(textOf(el.shadowRoot!.querySelector('[part~="error"]'))).to.include('steps[2].title');

        // Fixing the value clears the panel.
        el.steps = [step()];
        await waitUntil(() => stepsOf(el).length === 1, 'valid steps did not replace the error panel');
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('locale, theme and print', () => {
    it('re-renders in the new locale without a reload', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const root = () => el.shadowRoot!.querySelector('.root')!;
      const disclaimer = () => textOf(el.shadowRoot!.querySelector('[part~="disclaimer"]'));
      expect(root().getAttribute('lang')).to.equal('en');
      const english = disclaimer();

      await setLocale('es');
      await el.updateComplete;
      expect(root().getAttribute('lang')).to.equal('es');
      expect(disclaimer()).to.include('FDA');
      expect(disclaimer()).to.not.equal(english);
      expect(stepsOf(el).length).to.equal(5);

      await setLocale('en');
      await el.updateComplete;
      expect(root().getAttribute('lang')).to.equal('en');
      expect(disclaimer()).to.equal(english);
    });

    it('passes axe in the dark theme', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline theme="dark" current="assessment"></ketamine-treatment-timeline>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('shows the content of closed details when printing', async () => {
      const el = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
      );
      await settled(el);
      const body = stepsOf(el)[0]!.querySelector<HTMLElement>('.details-body')!;
      expect(body.checkVisibility()).to.equal(false);
      await setMedia('print');
      expect(detailsOf(stepsOf(el)[0]!).open).to.equal(false);
      expect(body.checkVisibility()).to.equal(true);
      expect(body.getBoundingClientRect().height).to.be.greaterThan(0);
      await setMedia('screen');
      expect(body.checkVisibility()).to.equal(false);
    });
  });
});

/** Each step starts below the one before. */
function expectStacked(steps: Element[]): void {
  expect(steps.length).to.be.greaterThan(1);
  for (let i = 1; i < steps.length; i++) {
    const previous = steps[i - 1]!.getBoundingClientRect();
    const box = steps[i]!.getBoundingClientRect();
    expect(box.top).to.be.at.least(previous.bottom - 1);
    expect(Math.abs(box.left - previous.left)).to.be.lessThan(1);
  }
}

/** All steps share one row, in reading order. */
function expectSideBySide(steps: Element[], dir: 'ltr' | 'rtl'): void {
  expect(steps.length).to.be.greaterThan(1);
  for (let i = 1; i < steps.length; i++) {
    const previous = steps[i - 1]!.getBoundingClientRect();
    const box = steps[i]!.getBoundingClientRect();
    expect(Math.abs(box.top - previous.top)).to.be.lessThan(1);
    if (dir === 'ltr') expect(box.left).to.be.at.least(previous.right - 1);
    else expect(box.right).to.be.at.most(previous.left + 1);
  }
}
