import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { KetamineTherapyComparison } from '../../src/index.js';
import { settled } from './helpers.js';

/** A comparison rendered from `template` (the element itself, or a box holding it), settled and updated. */
export async function renderComparison(template: TemplateResult): Promise<KetamineTherapyComparison> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'ketamine-therapy-comparison' ? host : host.querySelector('ketamine-therapy-comparison')
  ) as KetamineTherapyComparison;
  await settled(el);
  await el.updateComplete;
  return el;
}
