import { expect } from '@open-wc/testing';
import { AttributeWarnings } from '../../src/internal/attribute-warnings.js';
import { captureConsole } from '../support/helpers.js';

describe('AttributeWarnings', () => {
  it('warns once per attribute, value and allowed set, naming all of them', async () => {
    const host = document.createElement('x-host');
    const warnings = new AttributeWarnings(host);
    const calls = await captureConsole('warn', () => {
      warnings.warn('theme', 'neon', ['auto', 'light']);
      warnings.warn('theme', 'neon', ['auto', 'light']);
      warnings.warn('theme', 'neon', ['auto']);
      warnings.warn('theme', 'pink', ['auto']);
    });
    expect(calls).to.have.length(3);
    expect(calls[0]![0]).to.equal(
      '<x-host>: theme="neon" is not supported; use one of "auto", "light". Using the default.',
    );
    expect(calls[0]![1]).to.equal(host);
  });

  it('check(): the value when allowed, else the default; a removed attribute falls back silently', async () => {
    const warnings = new AttributeWarnings(document.createElement('x-host'));
    const allowed = ['a', 'b'] as const;
    const calls = await captureConsole('warn', () => {
      expect(warnings.check('x', 'b', allowed, 'a')).to.equal('b');
      expect(warnings.check('x', null, allowed, 'a')).to.equal('a');
      expect(warnings.check('x', undefined, allowed, 'a')).to.equal('a');
      expect(warnings.check('x', 'c', allowed, 'a')).to.equal('a');
    });
    expect(calls).to.have.length(1);
  });
});
