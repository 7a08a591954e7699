import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/safety-facts/define.js';
import { jsonChild, manifestArgTypes, widgetStyle, type WidgetArgs } from './support.js';

const TAG = 'ketamine-safety-facts';

const meta = {
  title: 'Widgets/Safety Facts',
  component: TAG,
  tags: ['autodocs'],
  render: (args) =>
    html`<ketamine-safety-facts theme=${ifDefined(args.theme)} style=${widgetStyle(args)}></ketamine-safety-facts>`,
  argTypes: manifestArgTypes(TAG),
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

export const BuiltIn: Story = {};

export const ClinicContent: Story = {
  render: () =>
    html`<ketamine-safety-facts>${jsonChild({ title: 'Our clinic', text: 'What we offer.' })}</ketamine-safety-facts>`,
};

export const InvalidClinicContent: Story = {
  render: () => html`<ketamine-safety-facts>${jsonChild({ title: '' })}</ketamine-safety-facts>`,
};
