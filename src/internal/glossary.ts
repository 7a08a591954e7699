import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { localize } from './localized-text.js';

/**
 * "What the words mean": a disclosure before a widget's footer with a plain
 * definition of each research or medical word its text uses. Which terms
 * show is read from the content the widget renders, in the current locale:
 * the translated term, or a language-neutral sign of it (`p = 0.95`, `mm Hg`).
 */
interface Term {
  /** The word as the widgets' text writes it, in the current locale (codes are the same in every language). */
  readonly term: () => string;
  readonly definition: () => string;
  /** Matches the normalized text (lower case, no accents, hyphens as spaces) even when the term is not written out. */
  readonly sign?: RegExp;
}

const TERMS: readonly Term[] = [
  // Review 3, D12: the abbreviations every widget uses, spelled out once (evidence.md §D, regulation; §B).
  {
    term: () =>
      msg('PTSD', {
        id: 'glossary.ptsd',
        desc: 'Glossary term: the abbreviation of post-traumatic stress disorder. Write it exactly as the widgets’ translated text abbreviates it (e.g. TEPT, TSPT, PTBS); the glossary shows it when the text contains it. If your text spells the name out in full, keep the abbreviation it adds in brackets.',
      }),
    definition: () =>
      msg('Post-traumatic stress disorder.', {
        id: 'glossary.ptsd.definition',
        desc: 'Glossary: what the abbreviation PTSD stands for, written out in full as your text names the condition.',
      }),
  },
  {
    term: () =>
      msg('FDA', {
        id: 'glossary.fda',
        desc: 'Glossary term: the abbreviation FDA, kept as the widgets’ text writes it (the same in every language).',
      }),
    definition: () =>
      msg('The US Food and Drug Administration. It is the US agency that approves medicines.', {
        id: 'glossary.fda.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7): what FDA stands for and what it does (it approves medicines in the US). Use the usual local name of the agency, as your texts do.',
      }),
  },
  {
    term: () =>
      msg('placebo', {
        id: 'glossary.placebo',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A dummy treatment with no active drug, given to compare with the real one.', {
        id: 'glossary.placebo.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('midazolam', {
        id: 'glossary.midazolam',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A drug that acts on the mind, which some studies gave in place of a placebo, to compare with ketamine.', {
        id: 'glossary.midazolam.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). Used in studies as an active (psychoactive) control in place of a placebo.',
      }),
  },
  {
    term: () =>
      msg('randomized', {
        id: 'glossary.randomized',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('Chance, like a coin toss, decided who got which treatment.', {
        id: 'glossary.randomized.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('double-blind', {
        id: 'glossary.double-blind',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('Neither the patients nor the researchers knew who got which treatment.', {
        id: 'glossary.double-blind.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('open-label', {
        id: 'glossary.open-label',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('Everyone knew which treatment was given.', {
        id: 'glossary.open-label.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('crossover', {
        id: 'glossary.crossover',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A study in which each person is meant to get both treatments, one after the other.', {
        id: 'glossary.crossover.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('pilot study', {
        id: 'glossary.pilot-study',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A small first study to see if a larger one is worth doing.', {
        id: 'glossary.pilot-study.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('dissociation', {
        id: 'glossary.dissociation',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('Feeling detached from your body or your surroundings, or that things are not real.', {
        id: 'glossary.dissociation.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('median', {
        id: 'glossary.median',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('The middle value: half the people had less, and half had more.', {
        id: 'glossary.median.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('effect size', {
        id: 'glossary.effect-size',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('How big the difference between the groups was, not just whether there was one.', {
        id: 'glossary.effect-size.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). In the text it may appear as "d = …".',
      }),
    sign: /(^|[^\p{L}])[dg] = \d|hedges/u,
  },
  {
    term: () =>
      msg('p-value', {
        id: 'glossary.p-value',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A number that shows if a result could be just chance; a high one means no clear difference.', {
        id: 'glossary.p-value.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). In the text it appears as "p = …".',
      }),
    sign: /(^|[^\p{L}])p ?[=<>] ?\d/u,
  },
  {
    term: () =>
      msg('CAPS-5', {
        id: 'glossary.caps-5',
        desc: 'Glossary term: a rating scale’s code. Keep it as the widgets’ text writes it (as is, unless your text writes it otherwise).',
      }),
    definition: () =>
      msg('An interview for PTSD with set questions, which a clinician gives. It rates how bad the symptoms are.', {
        id: 'glossary.caps-5.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7): a structured diagnostic interview for PTSD that a clinician gives, rating symptom severity. The term is the code CAPS-5 (Clinician-Administered PTSD Scale), the same in every language.',
      }),
  },
  {
    term: () =>
      msg('PCL-5', {
        id: 'glossary.pcl-5',
        desc: 'Glossary term: a rating scale’s code. Keep it as the widgets’ text writes it (as is, unless your text writes it otherwise).',
      }),
    definition: () =>
      msg('A scale of PTSD symptoms that patients rate themselves.', {
        id: 'glossary.pcl-5.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). The term is the code PCL-5, the same in every language.',
      }),
  },
  {
    term: () =>
      msg('IES-R', {
        id: 'glossary.ies-r',
        desc: 'Glossary term: a rating scale’s code. Keep it as the widgets’ text writes it (as is, unless your text writes it otherwise).',
      }),
    definition: () =>
      msg('A 22-question form that patients fill in themselves about their distress over the past 7 days.', {
        id: 'glossary.ies-r.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). The term is the code IES-R, the same in every language. Keep the numbers.',
      }),
  },
  {
    term: () =>
      msg('mm Hg', {
        id: 'glossary.mm-hg',
        desc: 'Glossary term: a unit. Keep it as the widgets’ text writes it (as is, unless your text writes it otherwise).',
      }),
    definition: () =>
      msg('The unit used to measure blood pressure.', {
        id: 'glossary.mm-hg.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). The term is the unit mm Hg (millimeters of mercury), the same in every language.',
      }),
    sign: /mm ?hg/,
  },
  {
    term: () =>
      msg('Schedule III', {
        id: 'glossary.schedule-iii',
        desc: 'Glossary term: a US legal class. Keep it as the widgets’ text writes it (as is, unless your text writes it otherwise).',
      }),
    definition: () =>
      msg('A group of drugs whose use US law limits; ketamine is one of them.', {
        id: 'glossary.schedule-iii.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). The term is the US legal name Schedule III, kept in English in every language.',
      }),
  },
  {
    term: () =>
      msg('boxed warning', {
        id: 'glossary.boxed-warning',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A warning in a box on a drug’s label, which the FDA requires for serious risks.', {
        id: 'glossary.boxed-warning.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). FDA = the US Food and Drug Administration; keep the abbreviation.',
      }),
  },
  {
    term: () =>
      msg('meta-analysis', {
        id: 'glossary.meta-analysis',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A study that combines the results of several trials to get one overall answer.', {
        id: 'glossary.meta-analysis.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
    sign: /(^|[^\p{L}])meta ?a?nal[iy]s/u,
  },
  {
    term: () =>
      msg('bias', {
        id: 'glossary.bias',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('Flaws in how a study is done that can make a result look better or worse than it is.', {
        id: 'glossary.bias.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
      }),
  },
  {
    term: () =>
      msg('odds ratio', {
        id: 'glossary.odds-ratio',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg('A way to compare how likely something, such as getting better, was in two groups. 1 means no difference.', {
        id: 'glossary.odds-ratio.definition',
        desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7). Keep the number.',
      }),
  },
  {
    term: () =>
      msg('95% range', {
        id: 'glossary.range-95',
        desc: 'Glossary term, in bold. Write it as the widgets’ translated text writes it: the glossary shows it when the text contains it (the ending may differ).',
      }),
    definition: () =>
      msg(
        'The range where the true result probably lies (also called a confidence interval). A wide range means we are less sure.',
        {
          id: 'glossary.range-95.definition',
          desc: 'Glossary: a short, plain definition of the term for patients (grade 6–7).',
        },
      ),
    sign: /(^|[^\p{L}\d])95 ?%/u,
  },
];

/**
 * Lower case, no accents or Arabic vowel marks, no Arabic article (ال, also after و ب ف ك ل), no
 * pseudo-locale brackets or padding, one kind of apostrophe, hyphens and spaces as one space:
 * "الدواء الوهمي" then contains "دواء وهمي".
 */
const normalize = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(^|[^\p{L}])([وبفكل]{0,2})ال/gu, '$1$2')
    .replace(/[⟦⟧·]/g, '')
    .replace(/\u2019/g, "'")
    .replace(/[\s\u2010-\u2015-]+/g, ' ');

/** The term as matched: its last word without a final vowel or plural ending, so "aleatorizado" finds "aleatorizadas". */
const stem = (term: string): string => {
  const trimmed = normalize(term).replace(/[aeosةىي]{1,2}$/u, '');
  return trimmed.length >= 4 ? trimmed : normalize(term);
};

/**
 * Every string the widget shows from `content`: a clinic's per-locale text in the current locale, and
 * lazy texts (`() => msg(…)`, how built-in content defers its lookup to the current locale) read now.
 */
function shownStrings(content: unknown, seen = new WeakSet<object>()): string[] {
  if (typeof content === 'string') return [content];
  if (typeof content === 'function') return content.length === 0 ? shownStrings(content(), seen) : [];
  if (typeof content !== 'object' || content === null || seen.has(content)) return [];
  seen.add(content);
  if (Array.isArray(content)) return content.flatMap((item) => shownStrings(item, seen));
  const values = Object.values(content);
  if ('en' in content && values.every((v) => typeof v === 'string')) {
    return [localize(content as Record<string, string> & { en: string })];
  }
  return values.flatMap((value) => shownStrings(value, seen));
}

/** The terms whose word (or sign) occurs in the text of `content`, in the current locale. */
function termsIn(content: unknown): Term[] {
  const text = normalize(shownStrings(content).join('\n'));
  return TERMS.filter((t) => text.includes(stem(t.term())) || t.sign?.test(text));
}

/**
 * The "What the words mean" disclosure for the terms `content` uses; nothing when it uses none.
 * `open` opens it from the start (a widget's `expanded`).
 */
export function glossary(content: unknown, open = false): TemplateResult | typeof nothing {
  const terms = termsIn(content);
  if (!terms.length) return nothing;
  return html`<details part="glossary" class="glossary" data-section="glossary" ?open=${open}>
    <summary class="glossary-summary">
      ${msg('What the words mean', {
        id: 'glossary.title',
        desc: 'Title of a disclosure (click to open) that lists plain definitions of the research words used above.',
      })}
    </summary>
    <dl class="glossary-list">
      ${terms.map(
        (t) =>
          html`<div class="glossary-entry">
            <dt><dfn>${t.term()}</dfn></dt>
            <dd>${t.definition()}</dd>
          </div>`,
      )}
    </dl>
  </details>`;
}

export const glossaryStyles = css`
  .glossary {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .glossary-summary {
    cursor: pointer;
    inline-size: fit-content;
    min-block-size: 24px;
    padding-block: 0.125em;
    border-radius: 0.25em;
    font-weight: 600;
    color: var(--_link);
  }
  .glossary-list {
    margin: 0.5em 0 0;
  }
  .glossary-entry + .glossary-entry {
    margin-block-start: 0.5em;
  }
  .glossary-list dfn {
    font-style: normal;
    font-weight: 600;
  }
  .glossary-list dd {
    margin: 0;
    margin-inline-start: 1em;
  }
  @media (forced-colors: active) {
    .glossary {
      border-color: CanvasText;
    }
    .glossary-summary {
      color: LinkText;
    }
  }
  @media print {
    .glossary {
      background: none;
      break-inside: avoid;
    }
    .glossary::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
