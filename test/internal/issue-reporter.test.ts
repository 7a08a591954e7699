import { expect, fixture } from '@open-wc/testing';
import { updateWhenLocaleChanges } from '@lit/localize';
import { getLocale, setLocale } from '../../src/localization/localization.js';
import { IssueReporter, type KetamineErrorDetail } from '../../src/internal/controllers/issue-reporter.js';
import type { ContentIssue } from '../../src/schema/content-issue.js';
import { captureConsole } from '../support/helpers.js';
import { CountingHost, defineHost } from './hosts.js';

class ReportingHost extends CountingHost {
  readonly reporter = new IssueReporter(this);
  constructor() {
    super();
    // As every widget does: a locale change updates the host, and so runs the reporter's hostUpdate.
    updateWhenLocaleChanges(this);
  }
}
const tag = defineHost('issue-reporter', ReportingHost);
const host = () => fixture<ReportingHost>(`<${tag}></${tag}>`);

const issue = (found: string): ContentIssue => ({ path: 'x', expected: 'a number', found });

describe('IssueReporter', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('holds the issues, fires one bubbling, composed ketamine-error per report and re-renders the host', async () => {
    const el = await host();
    const events: CustomEvent<KetamineErrorDetail>[] = [];
    document.addEventListener('ketamine-error', (e) => events.push(e as CustomEvent<KetamineErrorDetail>), {
      once: true,
    });
    const renders = el.renders;
    const issues = [issue('"ten"')];
    await captureConsole('error', async () => {
      el.reporter.report(issues);
      await el.updateComplete;
    });
    expect(el.reporter.issues).to.equal(issues);
    expect(events).to.have.length(1);
    expect(events[0]!.composed).to.equal(true);
    expect(events[0]!.detail.issues).to.deep.equal(issues);
    expect(el.renders).to.equal(renders + 1);
  });

  it('logs once per distinct set of issues, however often it is reported', async () => {
    const el = await host();
    let events = 0;
    el.addEventListener('ketamine-error', () => (events += 1));
    const errors = await captureConsole('error', () => {
      el.reporter.report([issue('1')]);
      el.reporter.report([issue('1')]);
      el.reporter.report([issue('2')]);
      el.reporter.clear();
      el.reporter.report([issue('2')]);
    });
    expect(events, 'an event per report').to.equal(4);
    expect(errors, 'one log per distinct set; a cleared set logs again').to.have.length(3);
    expect(String(errors[0]![0])).to.contain(`<${tag}>: invalid content.`).and.contain('x: expected a number; found 1');
    expect(errors[0]![1]).to.equal(el);
  });

  it('makes the issues again after a locale change, with no new event and no new log', async () => {
    const el = await host();
    let events = 0;
    el.addEventListener('ketamine-error', () => (events += 1));
    const remade: string[] = [];
    const make = () => {
      remade.push(getLocale());
      return [issue(`in ${getLocale()}`)];
    };
    const errors = await captureConsole('error', async () => {
      el.reporter.report(make(), make);
      await setLocale('es');
      await el.updateComplete;
    });
    expect(remade).to.deep.equal(['en', 'es']);
    expect(el.reporter.issues).to.deep.equal([issue('in es')]);
    expect(events).to.equal(1);
    expect(errors).to.have.length(1);
  });

  it('keeps issues given without a way to remake them; clear() drops them', async () => {
    const el = await host();
    await captureConsole('error', () => el.reporter.report([issue('kept')]));
    await setLocale('es');
    await el.updateComplete;
    expect(el.reporter.issues).to.deep.equal([issue('kept')]);
    el.reporter.clear();
    expect(el.reporter.issues).to.equal(undefined);
  });
});
