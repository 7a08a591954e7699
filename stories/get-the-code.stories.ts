import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import catalog from 'virtual:ketamine-builder-catalog';
import { defineCodeBuilder, type KetamineCodeBuilder } from '../demo/builder/ketamine-code-builder.js';
import { widgetsSettled } from './settle.js';

defineCodeBuilder();

/**
 * "Get the code": the builder of `npm start`'s page demo/builder/, so the published Storybook gives webmasters
 * the same code. Here no server renders the pre-rendered variant (the builder says so) and the script comes
 * from jsDelivr or unpkg (pinned) or the webmaster's own server.
 */
const meta: Meta = {
  title: 'Get the code',
  render: () => html`<ketamine-code-builder .catalog=${catalog}></ketamine-code-builder>`,
};
export default meta;

export const GetTheCode: StoryObj = {
  name: 'Get the code',
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector<KetamineCodeBuilder>('ketamine-code-builder')!;
    await builder.updateComplete;
    await widgetsSettled(builder);
    await expect(builder.code).toContain(`ketamine-widgets@${catalog.version}/dist/cdn/ketamine-widgets.js`);
    await expect(builder.code).toContain('<ketamine-evidence-card study="feder-2021-ptsd">');
  },
};
