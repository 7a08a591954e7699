import { html } from 'lit';

/**
 * A clinic's own link for a widget's `actions` slot, styled as the clinic's page would style it (the
 * widget adds no style of its own to it). The clinic and its booking page are made up.
 */
export const clinicAction = html`<a
  slot="actions"
  href="#book-a-consultation"
  style="display: inline-block; padding: 0.6em 1.2em; border-radius: 999px; background: #7a3e9d; color: #fff; font-weight: 600; text-decoration: none"
  >Book a consultation</a
>`;
