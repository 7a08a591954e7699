import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/evidence-summary/define.js';
import { jsonChild, manifestArgTypes, widgetStyle, type WidgetArgs } from './support.js';

const TAG = 'ketamine-evidence-summary';

const meta = {
  title: 'Widgets/Evidence Summary',
  component: TAG,
  tags: ['autodocs'],
  render: (args) =>
    html`<ketamine-evidence-summary
      theme=${ifDefined(args.theme)}
      style=${widgetStyle(args)}
    ></ketamine-evidence-summary>`,
  argTypes: manifestArgTypes(TAG),
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

export const BuiltIn: Story = {};

export const ClinicContent: Story = {
  render: () =>
    html`<ketamine-evidence-summary
      >${jsonChild({ title: 'Our clinic', text: 'What we offer.' })}</ketamine-evidence-summary
    >`,
};

export const InvalidClinicContent: Story = {
  render: () => html`<ketamine-evidence-summary>${jsonChild({ title: '' })}</ketamine-evidence-summary>`,
};
