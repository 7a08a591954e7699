import { expect, fixture, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { ClinicContentController, type ContentState } from '../../src/internal/controllers/clinic-content.js';
import type { ClinicStep } from '../../src/elements/treatment-timeline/timeline.schema.js';
import { captureConsole } from '../support/helpers.js';
import { defineHost, nextTask } from './hosts.js';

/* A real schema (the timeline's), through the controller as every widget uses it. */

let schemaLoads: (() => void)[] = [];
/** Each load of the schema waits until the test lets it go, so results can be made to arrive late. */
let holdSchema = false;
/** When set, loading the schema fails as a missing chunk would. */
let failSchema = false;
const loadSchema = async () => {
  if (failSchema) throw new TypeError('Failed to fetch dynamically imported module');
  if (holdSchema) await new Promise<void>((resolve) => schemaLoads.push(resolve));
  return (await import('../../src/elements/treatment-timeline/timeline.schema.js')).timelineSchema;
};
const release = () => {
  const waiting = schemaLoads;
  schemaLoads = [];
  waiting.forEach((go) => go());
};

type Shown = string[];

class ContentHost extends LitElement {
  static override properties: PropertyDeclarations = { steps: { attribute: false }, builtIn: {} };
  declare steps: unknown;
  declare builtIn: string | undefined;
  states: ContentState<Shown>['status'][] = [];
  readonly content = new ClinicContentController(this, {
    schema: loadSchema,
    input: () => this.builtIn ?? this.steps,
    pick: (input) =>
      typeof input === 'string'
        ? input === 'known'
          ? { ok: true, value: ['built-in'] }
          : { ok: false, issues: () => [{ path: 'built-in', expected: 'known', found: input }] }
        : input == null
          ? undefined
          : { clinic: { steps: input } },
    absent: () => ({ ok: true, value: ['nothing given'] }),
    valid: ({ steps }: { steps: ClinicStep[] }) => steps.map((s) => s.id),
  });
  protected override render() {
    this.states.push(this.content.state.status);
    return '';
  }
}
const tag = defineHost('clinic-content', ContentHost);

const step = (id: string) => ({ id, title: 'T', description: 'D' });
const shown = (el: ContentHost) => {
  const { state } = el.content;
  return state.status === 'ok' ? state.value : state.status === 'issues' ? state.issues.map((i) => i.path) : 'loading';
};
/** Until validation (a dynamic import on first use) has answered, then a few more tasks for any late result. */
async function settle(el: ContentHost, until: (el: ContentHost) => boolean = () => true): Promise<void> {
  await waitUntil(() => shown(el) !== 'loading' && until(el), 'no outcome', { timeout: 10000 });
  for (let i = 0; i < 3; i++) await nextTask();
  await el.updateComplete;
}
const showing =
  (...ids: string[]) =>
  (el: ContentHost) =>
    JSON.stringify(shown(el)) === JSON.stringify(ids);
function collect(el: ContentHost): CustomEvent[] {
  const events: CustomEvent[] = [];
  el.addEventListener('ketamine-error', (e) => events.push(e as CustomEvent));
  return events;
}

describe('ClinicContentController', () => {
  afterEach(() => {
    failSchema = false;
    holdSchema = false;
    release();
  });

  it('reports a schema that cannot load as an issue, not a placeholder forever', async () => {
    failSchema = true;
    const el = await fixture<ContentHost>(`<${tag}></${tag}>`);
    const events = collect(el);
    const errors = await captureConsole('error', async () => {
      el.steps = [step('a')];
      await settle(el);
    });
    const { state } = el.content;
    expect(state.status).to.equal('issues');
    expect(state.status === 'issues' && state.issues[0]!.found).to.include('Failed to fetch');
    expect(events).to.have.length(1);
    expect(errors).to.have.length(1);
  });

  it('shows what is absent at once, with no loading step, when nothing is given', async () => {
    const el = await fixture<ContentHost>(`<${tag}></${tag}>`);
    expect(shown(el)).to.deep.equal(['nothing given']);
    expect(el.states).to.deep.equal(['ok']);
  });

  it('does nothing before it is attached to a connected element', async () => {
    const el = document.createElement(tag) as ContentHost;
    el.steps = [step('a')];
    for (let i = 0; i < 5; i++) await nextTask();
    expect(shown(el)).to.equal('loading');
    expect(el.states).to.deep.equal([]);
  });

  it('validates a property value: loading, then ok', async () => {
    const el = document.createElement(tag) as ContentHost;
    el.steps = [step('a'), step('b')];
    document.body.append(el);
    await el.updateComplete;
    expect(el.states[0]).to.equal('loading');
    await settle(el);
    expect(shown(el)).to.deep.equal(['a', 'b']);
    el.remove();
  });

  it('reports invalid content as issues, with one event and one log', async () => {
    const el = document.createElement(tag) as ContentHost;
    const events = collect(el);
    el.steps = [{ id: 'Bad Id', title: 'T', description: 'D' }];
    const errors = await captureConsole('error', async () => {
      document.body.append(el);
      await settle(el);
    });
    expect(shown(el)).to.deep.equal(['steps[0].id']);
    expect(events).to.have.length(1);
    expect(errors).to.have.length(1);
    el.remove();
  });

  it('reads the inline JSON child without a property, and again when it is edited', async () => {
    const el = document.createElement(tag) as ContentHost;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ steps: [step('from-json')] });
    el.append(script);
    document.body.append(el);
    await settle(el);
    expect(shown(el)).to.deep.equal(['from-json']);
    script.textContent = JSON.stringify({ steps: [step('edited')] });
    await settle(el, showing('edited'));
    expect(shown(el)).to.deep.equal(['edited']);
    // With a property, edits to the JSON child change nothing.
    el.steps = [step('property')];
    await settle(el, showing('property'));
    script.textContent = JSON.stringify({ steps: [step('ignored')] });
    await settle(el);
    expect(shown(el)).to.deep.equal(['property']);
    el.remove();
  });

  it('never applies a stale result: the newest input wins however the validations finish', async () => {
    holdSchema = true;
    const el = document.createElement(tag) as ContentHost;
    const events = collect(el);
    el.steps = [{ id: 'Bad Id', title: 'T', description: 'D' }];
    document.body.append(el);
    await el.updateComplete;
    el.steps = [step('newer')];
    await el.updateComplete;
    expect(schemaLoads, 'both validations waiting').to.have.length(2);
    release();
    await settle(el);
    for (let i = 0; i < 10; i++) await nextTask();
    expect(shown(el)).to.deep.equal(['newer']);
    expect(events, 'the older, invalid input never reported').to.have.length(0);
    el.remove();
  });

  it('a built-in choice made while a validation runs wins over its result', async () => {
    holdSchema = true;
    const el = document.createElement(tag) as ContentHost;
    el.steps = [step('clinic')];
    document.body.append(el);
    await el.updateComplete;
    el.builtIn = 'known';
    await el.updateComplete;
    expect(shown(el), 'at once').to.deep.equal(['built-in']);
    release();
    // Both validations answer (the schema is loaded), then any late result would have landed.
    await import('../../src/schema/validate.js');
    for (let i = 0; i < 10; i++) await nextTask();
    expect(shown(el)).to.deep.equal(['built-in']);
    el.remove();
  });

  it('shows the issues of an unknown built-in choice at once', async () => {
    const el = document.createElement(tag) as ContentHost;
    const events = collect(el);
    el.builtIn = 'unknown';
    await captureConsole('error', async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    expect(shown(el)).to.deep.equal(['built-in']);
    expect(el.states).to.deep.equal(['issues']);
    expect(events).to.have.length(1);
    el.remove();
  });

  it('loads once per new input: updates with the same input (NaN included) do not validate again', async () => {
    const el = document.createElement(tag) as ContentHost;
    const events = collect(el);
    el.steps = NaN;
    await captureConsole('error', async () => {
      document.body.append(el);
      await settle(el);
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await settle(el);
      }
    });
    expect(shown(el)).to.deep.equal(['steps']);
    expect(events, 'one validation, one event').to.have.length(1);
    el.remove();
  });

  it('turns a value whose getters throw into one issue naming the error', async () => {
    const el = document.createElement(tag) as ContentHost;
    el.steps = new Proxy([], {
      get() {
        throw new TypeError('trap');
      },
      getPrototypeOf() {
        throw new TypeError('trap');
      },
    });
    const errors = await captureConsole('error', async () => {
      document.body.append(el);
      await settle(el);
    });
    const { state } = el.content;
    expect(state.status).to.equal('issues');
    expect(state.status === 'issues' && state.issues[0]!.found).to.contain('TypeError');
    expect(errors).to.have.length(1);
    el.remove();
  });
});
