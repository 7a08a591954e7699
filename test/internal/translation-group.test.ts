import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { KetamineElement } from '../../src/internal/ketamine-element.js';
import { answerPendingMessages } from '../../src/localization/pending-messages.js';
import type { MessageGroup } from '../../src/generated/messages/loaders.js';
import { captureConsole } from '../support/helpers.js';
import { defineHost, nextTask } from './hosts.js';

/*
 * The translation-group controller through the base element: no localization
 * runtime here, so a fake answers which group is still on its way.
 */

let pending: { group: MessageGroup; promise: Promise<void>; settle: (ok: boolean) => void } | undefined;
const asked: string[] = [];
answerPendingMessages((group, locale) => {
  asked.push(`${group}/${locale}`);
  return pending?.group === group ? pending.promise : undefined;
});
function hold(group: MessageGroup): void {
  let settle!: (ok: boolean) => void;
  const promise = new Promise<void>((resolve, reject) => {
    settle = (ok) => (ok ? resolve() : reject(new Error('offline')));
  });
  promise.catch(() => undefined);
  pending = { group, promise, settle };
}
function arrive(ok: boolean): void {
  const p = pending!;
  pending = undefined;
  p.settle(ok);
}

class Widget extends KetamineElement {
  protected static override messageGroup: MessageGroup = 'evidence-card';
  protected renderContent(): TemplateResult {
    return html`<p part="base">content</p>`;
  }
}
const tag = defineHost('translation-group', Widget);
const shows = (el: Element) =>
  el.shadowRoot!.querySelector('[part="base"]')
    ? 'content'
    : el.shadowRoot!.querySelector('.loading')
      ? 'placeholder'
      : 'nothing';

describe('TranslationGroupController (through KetamineElement)', () => {
  afterEach(() => {
    pending = undefined;
    document.body.querySelectorAll(tag).forEach((el) => el.remove());
  });

  it("asks for the element's own group and shows content at once when nothing is pending", async () => {
    const el = document.body.appendChild(document.createElement(tag));
    await (el as Widget).updateComplete;
    expect(asked).to.include('evidence-card/en');
    expect(shows(el)).to.equal('content');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('shows the placeholder while its texts load, and updateComplete waits for them', async () => {
    hold('evidence-card');
    const el = document.body.appendChild(document.createElement(tag)) as Widget;
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    await nextTask();
    expect(shows(el)).to.equal('placeholder');
    expect(complete, 'updateComplete still waiting').to.equal(false);
    arrive(true);
    await el.updateComplete;
    expect(complete).to.equal(true);
    expect(shows(el)).to.equal('content');
  });

  it('another group on its way does not hold this element', async () => {
    hold('therapy-comparison');
    const el = document.body.appendChild(document.createElement(tag)) as Widget;
    await el.updateComplete;
    expect(shows(el)).to.equal('content');
  });

  it('texts that fail to load: one error, then English content, not a placeholder forever', async () => {
    hold('evidence-card');
    const failed = pending!.promise;
    const el = document.body.appendChild(document.createElement(tag)) as Widget;
    const errors = await captureConsole('error', async () => {
      await nextTask();
      expect(shows(el)).to.equal('placeholder');
      arrive(false);
      // The runtime would keep answering with the failed load: the element must not wait for it again.
      pending = { group: 'evidence-card', promise: failed, settle: () => undefined };
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(shows(el)).to.equal('content');
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.contain('could not load its "en" texts');
  });
});
