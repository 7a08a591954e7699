/** Sample clinic documents per kind of content: what docs/elements.md shows, and the usual mistakes. */

const study = {
  id: 'sunrise-2025-pilot',
  headline: { en: 'Our first patients', es: 'Nuestros primeros pacientes' },
  condition: 'Social anxiety disorder',
  design: { randomized: false, blinding: 'open-label', control: 'none' },
  participants: 10,
  dose: '0.5 mg/kg',
  route: 'intravenous',
  outcome: 'improved',
  result: 'Fictional result.',
  limitations: 'Fictional data.',
  citation: {
    authors: 'Sunrise Clinic',
    title: 'Audit',
    journal: 'Clinic report',
    year: 2025,
    url: 'https://example.org/a',
  },
};

/** Per kind of clinic content (`study`, `timeline`, …). */
export const SAMPLES: Record<string, { valid: unknown[]; invalid: unknown[] }> = {
  study: {
    valid: [study, { ...study, citation: { ...study.citation, doi: '10.1038/npp.2017.194', pmid: '123' } }],
    invalid: [
      { ...study, participants: 'ten' },
      { ...study, headline: { es: 'Solo español' } },
      { ...study, citation: { ...study.citation, url: 'javascript:alert(1)' } },
      { ...study, extra: true },
      (({ result: _r, ...rest }) => rest)(study),
      { ...study, design: { ...study.design, blinding: 'triple-blind' } },
    ],
  },
  timeline: {
    valid: [
      { steps: [{ id: 'intake-call', title: 'Intake call', description: 'We call you.' }] },
      {
        steps: [
          { id: 'intake-call', title: { en: 'Intake call', es: 'Llamada inicial' }, description: 'We call you.' },
          {
            id: 'infusions',
            title: 'Infusions',
            description: '6 infusions over 2–3 weeks.',
            timing: 'About 40 minutes each',
          },
        ],
      },
    ],
    invalid: [
      { steps: [] },
      { steps: [{ id: 'Bad Id', title: 'x', description: 'y' }] },
      { steps: [{ id: 'a', description: 'no title' }] },
      { steps: [{ id: 'a', title: 'x', description: 'y', color: 'red' }] },
      { steps: 'none' },
    ],
  },
  comparison: {
    valid: [
      {
        therapies: [
          {
            id: 'tms',
            name: { en: 'TMS at our clinic', es: 'EMT en nuestra clínica' },
            cells: { administration: { text: 'Daily sessions', sources: ['clinic-protocol'] } },
          },
        ],
        sources: [{ id: 'clinic-protocol', citation: 'Our TMS protocol, 2025', url: 'https://example.org/tms' }],
      },
      { criteria: [{ id: 'parking', label: 'Parking', cells: { ketamine: { text: 'Free parking' } } }] },
    ],
    invalid: [
      { therapies: [{ id: 'tms', name: 'TMS' }] },
      { therapies: 'tms' },
      { sources: [{ id: 'x', citation: 'X', url: 'javascript:alert(1)' }] },
      { criteria: [{ id: 'parking', label: 'Parking', cells: {} }], colour: 'red' },
    ],
  },
  'how-it-works': {
    valid: [{ note: 'Ask us about your plan.' }, { note: { en: 'Ask us.', es: 'Pregúntenos.' } }],
    invalid: [{}, { note: '' }, { note: { es: 'Solo español' } }, { note: 'Ask us.', colour: 'red' }, { note: 42 }],
  },
  'safety-facts': {
    valid: [
      {
        sections: {
          rules: {
            items: [{ text: { en: 'A nurse checks on you.', es: 'Una enfermera le revisa.' }, sources: ['ours'] }],
          },
          questions: { items: [{ text: 'Call us:', phone: '+1 (555) 010-0199' }] },
        },
        sources: [{ id: 'ours', citation: 'Our protocol, 2025', url: 'https://example.org/p' }],
      },
      {},
    ],
    invalid: [
      { sections: { cost: { items: [{ text: 'x' }] } } },
      { sections: { rules: { items: [] } } },
      { sections: { rules: { items: [{ text: 'x', phone: 'javascript:alert(1)' }] } } },
      { sources: [{ id: 'x', citation: 'X', url: 'javascript:alert(1)' }] },
    ],
  },
  'visit-prep': {
    valid: [
      {},
      { clinic: { name: 'Riverside Clinic' } },
      {
        clinic: {
          name: { en: 'Riverside Clinic', es: 'Clínica Riverside' },
          phone: '+1 555 0100',
          email: 'care@example.org',
          url: 'https://example.org/ketamine',
        },
        questions: ['Can I bring someone with me?', { en: 'Is there parking?', es: '¿Hay aparcamiento?' }],
      },
    ],
    invalid: [
      { clinic: { phone: '+1 555 0100' } },
      { clinic: { name: 'x', url: 'javascript:alert(1)' } },
      { clinic: { name: 'x', email: 'not an email' } },
      { clinic: { name: 'x', fax: '1' } },
      { questions: [] },
    ],
  },
  audit: {
    valid: [
      { title: 'Our patients', text: 'Fictional audit.' },
      {
        title: { en: 'Our patients, 2025', es: 'Nuestros pacientes, 2025' },
        text: 'Fictional audit.',
        numbers: [{ label: 'Patients treated', value: 42 }],
        sources: [{ citation: 'Sunrise Clinic audit, 2025', url: 'https://example.org/audit' }],
      },
    ],
    invalid: [
      { title: 'Our patients' },
      { title: 'x', text: 'y', numbers: [{ label: 'Patients', value: 'ten' }] },
      { title: 'x', text: 'y', sources: [{ citation: 'X', url: 'javascript:alert(1)' }] },
      { title: 'x', text: 'y', pooled: true },
    ],
  },
};
