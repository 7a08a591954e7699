import { expect } from '@open-wc/testing';
import { fallbackChain, resolveLocale } from '../../src/localization/locales.js';
import { defineElement } from '../../src/internal/define.js';

describe('locale resolution', () => {
  it('maps tags to a shipped locale: exact, then same language, then English', () => {
    expect(resolveLocale('es')).to.equal('es');
    expect(resolveLocale('es-MX')).to.equal('es');
    expect(resolveLocale('es_419')).to.equal('es');
    expect(resolveLocale('EN-gb')).to.equal('en');
    expect(resolveLocale('de-CH')).to.equal(resolveLocale('de'));
    expect(resolveLocale('zz')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
  });

  it('gives clinic text the chain es-MX → es → en', () => {
    expect(fallbackChain('es-MX')).to.deep.equal(['es-MX', 'es', 'en']);
    expect(fallbackChain('en')).to.deep.equal(['en']);
  });
});

describe('defineElement', () => {
  it('registers once and never throws when called again', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('ketamine-test-twice', A);
    expect(() => defineElement('ketamine-test-twice', B)).to.not.throw();
    expect(customElements.get('ketamine-test-twice')).to.equal(A);
  });

  it('warns only when a different version is already defined', () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    defineElement('ketamine-test-versions', Old);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class New extends HTMLElement {}
      defineElement('ketamine-test-versions', New);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('0.0.1');
  });
});
