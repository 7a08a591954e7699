import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/how-it-works/define.js';
import { jsonChild, manifestArgTypes, widgetStyle, type WidgetArgs } from './support.js';

const TAG = 'ketamine-how-it-works';

const meta = {
  title: 'Widgets/How It Works',
  component: TAG,
  tags: ['autodocs'],
  render: (args) =>
    html`<ketamine-how-it-works theme=${ifDefined(args.theme)} style=${widgetStyle(args)}></ketamine-how-it-works>`,
  argTypes: manifestArgTypes(TAG),
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

export const BuiltIn: Story = {};

export const ClinicContent: Story = {
  render: () =>
    html`<ketamine-how-it-works>${jsonChild({ title: 'Our clinic', text: 'What we offer.' })}</ketamine-how-it-works>`,
};

export const InvalidClinicContent: Story = {
  render: () => html`<ketamine-how-it-works>${jsonChild({ title: '' })}</ketamine-how-it-works>`,
};
