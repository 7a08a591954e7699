import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { InlineJsonController } from '../../src/internal/controllers/inline-json.js';
import { CountingHost, defineHost, nextTask } from './hosts.js';

class JsonHost extends CountingHost {
  changes = 0;
  readonly json = new InlineJsonController(this, () => (this.changes += 1));
}
const tag = defineHost('inline-json', JsonHost);

function addJson(el: Element, text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  return script;
}

async function host(): Promise<JsonHost> {
  return fixture<JsonHost>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
}

describe('InlineJsonController', () => {
  it('reads the first JSON child only, and nothing without one', async () => {
    const el = await host();
    expect(el.json.read()).to.equal(undefined);
    addJson(el, '{"a":1}');
    addJson(el, '{"b":2}');
    const other = document.createElement('script');
    other.type = 'text/plain';
    other.textContent = 'not json';
    el.prepend(other);
    expect(el.json.read()).to.equal('{"a":1}');
  });

  it('reports a JSON child added, edited in place, replaced and removed', async () => {
    const el = await host();
    const script = addJson(el, '{}');
    await nextTask();
    expect(el.changes, 'added').to.equal(1);
    (script.firstChild as Text).data = '{"x":1}';
    await nextTask();
    expect(el.changes, 'text node edited').to.equal(2);
    script.textContent = '{"x":2}';
    await nextTask();
    expect(el.changes, 'text replaced').to.equal(3);
    script.remove();
    await nextTask();
    expect(el.changes, 'removed').to.equal(4);
  });

  it('does not watch a widget out of the page, and notices on return what changed meanwhile', async () => {
    const el = await host();
    const script = addJson(el, '{"v":1}');
    await nextTask();
    expect(el.json.read()).to.equal('{"v":1}');
    const parent = el.parentElement!;
    el.remove();
    const before = el.changes;
    script.textContent = '{"v":2}';
    await nextTask();
    expect(el.changes, 'no observer while disconnected').to.equal(before);
    parent.append(el);
    expect(el.changes, 'the edit made while out of the page, once').to.equal(before + 1);
    expect(el.json.read()).to.equal('{"v":2}');
    el.remove();
    parent.append(el);
    await nextTask();
    expect(el.changes, 'nothing changed while out: no call').to.equal(before + 1);
  });

  it('is quiet until it has read once', async () => {
    const el = document.createElement(tag) as JsonHost;
    document.body.append(el);
    el.remove();
    addJson(el, '{}');
    document.body.append(el);
    expect(el.changes, 'nothing read yet, so nothing to compare with').to.equal(0);
    el.remove();
  });
});
