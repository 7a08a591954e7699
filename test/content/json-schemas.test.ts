import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import type { ZodMiniType as ZodType } from 'zod/mini';
import { jsonSchemas } from '../../src/json-schemas.js';
import { WIDGETS, type WidgetEntry } from '../../src/widgets.js';
import { STUDIES, STUDY_IDS } from '../../src/elements/evidence-card/studies.js';
import { SAMPLES } from './samples.js';

const entries: readonly WidgetEntry[] = Object.values(WIDGETS);
const KINDS = entries.map((widget) => widget.content.kind);
const FINISHED_KINDS = entries.filter((widget) => !widget.draft).map((widget) => widget.content.kind);

/** The published JSON Schema files (schemas/) match the zod schemas and agree with them. */
describe('JSON Schema files', () => {
  let generated: Record<string, object>;
  const contentSchemas: Record<string, ZodType> = {};
  before(async () => {
    generated = await jsonSchemas();
    for (const { content } of Object.values(WIDGETS)) contentSchemas[content.kind] = await content.schema();
  });

  it('exist for every kind of clinic content', () => {
    expect(Object.keys(generated).sort()).to.deep.equal([...KINDS].sort());
  });

  it('have samples for every finished widget (a draft may lack them)', () => {
    expect(Object.keys(SAMPLES)).to.include.members(FINISHED_KINDS);
  });

  for (const name of KINDS) {
    it(`schemas/${name}.schema.json is up to date (run npm run schemas)`, async () => {
      const response = await fetch(`/schemas/${name}.schema.json`);
      expect(response.ok, `schemas/${name}.schema.json is missing`).to.be.true;
      expect(await response.json()).to.deep.equal(generated[name]);
    });
  }

  for (const name of Object.keys(SAMPLES)) {
    it(`${name}: JSON Schema and zod agree on valid and invalid samples`, () => {
      const validator = new Validator(generated[name] as object, '2020-12', false);
      const samples = SAMPLES[name]!;
      expect(samples.valid.length + samples.invalid.length).to.be.greaterThan(2);
      for (const doc of samples.valid) {
        expect(contentSchemas[name]!.safeParse(doc).success, `zod accepts ${JSON.stringify(doc)}`).to.be.true;
        expect(validator.validate(doc).valid, `JSON Schema accepts ${JSON.stringify(doc)}`).to.be.true;
      }
      for (const doc of samples.invalid) {
        expect(contentSchemas[name]!.safeParse(doc).success, `zod refuses ${JSON.stringify(doc)}`).to.be.false;
        expect(validator.validate(doc).valid, `JSON Schema refuses ${JSON.stringify(doc)}`).to.be.false;
      }
    });
  }

  it('accepts every built-in study', () => {
    const validator = new Validator(generated['study'] as object, '2020-12', false);
    for (const id of STUDY_IDS) {
      // Without its icon arrays, which are built-in only: the rest is a study a clinic could write.
      const { frequencies: _arrays, ...study } = STUDIES[id]();
      expect(validator.validate(study).valid, id).to.be.true;
    }
  });
});
