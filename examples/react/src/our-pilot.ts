import type { StudyInput } from 'ketamine-widgets';

/** The clinic's own study, passed to an evidence card as an object (the fictional example of the library's docs/elements.md). */
export const ourPilot: StudyInput = {
  id: 'sunrise-2025-pilot',
  headline: {
    en: 'Our first 10 patients (fictional example)',
    es: 'Nuestros primeros 10 pacientes (ejemplo ficticio)',
  },
  condition: 'Social anxiety disorder',
  design: { randomized: false, blinding: 'open-label', control: 'none' },
  participants: 10,
  dose: '0.5 mg per kg over 40 minutes',
  route: 'intravenous',
  outcome: 'improved',
  result: 'Anxiety scores fell in 7 of 10 patients.',
  firstMeasured: '1 day after the first infusion',
  followUp: '4 weeks',
  sideEffects: 'Brief dissociation in most patients.',
  limitations: 'Small, uncontrolled, and everyone knew the treatment.',
  citation: {
    authors: 'Sunrise Clinic',
    title: 'Outcomes of our first ketamine patients',
    journal: 'Clinic report',
    year: 2025,
    url: 'https://example.org/our-pilot',
  },
};
