import { useState } from 'react';
// Each import registers one widget before React renders it, so React 19 sets `study` as a property.
import 'ketamine-widgets/how-it-works';
import 'ketamine-widgets/evidence-card';
import 'ketamine-widgets/treatment-timeline';
// The ketamine-* tags in JSX: attributes, properties and events, type-checked.
import type {} from 'ketamine-widgets/react';
import { ourPilot } from './our-pilot.ts';

/** Stands in for the clinic's own, first-party analytics: here, the console. */
function countOpened(widget: string, section: string): void {
  console.info('opened', widget, section);
}

export function App() {
  const [studyProblem, setStudyProblem] = useState('');

  return (
    <main>
      <h1>Ketamine treatment at Sunrise Clinic</h1>
      {/* What readers open, for the clinic's own analytics (docs/privacy.md): ids only, nothing sent by the widget. */}
      <ketamine-how-it-works
        heading-level="2"
        onketamine-toggle={(event) => event.detail.open && countOpened(event.detail.widget, event.detail.section)}
      ></ketamine-how-it-works>

      <h2>What the studies found</h2>
      <ketamine-evidence-card study="feder-2021-ptsd" footer="compact"></ketamine-evidence-card>
      <ketamine-evidence-card study={ourPilot} footer="compact"></ketamine-evidence-card>
      <ketamine-evidence-card
        study="sunrise-2026-follow-up"
        onketamine-error={(event) =>
          setStudyProblem(`Sorry, this study is not available yet (${event.detail.issues[0]?.found}).`)
        }
      ></ketamine-evidence-card>
      {studyProblem && <p role="status">{studyProblem}</p>}

      <h2>Your visits</h2>
      <ketamine-treatment-timeline current="monitoring" heading-level="3"></ketamine-treatment-timeline>

      {/* @ts-expect-error -- 'darkest' is not a theme: the type check fails if the types stop rejecting it. */}
      <ketamine-evidence-card study="taylor-2018-sad" theme="darkest"></ketamine-evidence-card>
    </main>
  );
}
