import { setProjectAnnotations } from '@storybook/web-components-vite';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { composeStories } from 'storybook/preview-api';
import preview from '../../.storybook/preview.js';
import { setLocale } from '../../src/localization/localization.js';
import { widgetsSettled } from '../../stories/settle.js';

/**
 * Screenshots of a widget's stories, compared with test/visual/baselines/<widget>/ (docs/visual-tests.md).
 * Each story is composed as Storybook composes it (project, meta and story annotations, with the preview's
 * locale/direction/theme decorator), rendered into a frame of a fixed width, and screenshotted once every
 * widget inside shows its content. Play functions are not run: ours only assert, they set nothing up.
 */

interface Variant {
  name: string;
  /** The toolbar's globals, as a reviewer would pick them in Storybook. */
  globals: Record<string, string>;
  width: number;
}

/** The frame is as wide as the runner's fixed viewport (800 × 600), or a 320 px phone. */
const LIGHT: Variant = { name: 'light', globals: {}, width: 800 };
const OTHER_VARIANTS: Variant[] = [
  { name: 'dark', globals: { theme: 'dark' }, width: 800 },
  { name: 'rtl', globals: { locale: 'ar', direction: 'rtl' }, width: 800 },
  { name: 'narrow', globals: {}, width: 320 },
];

/** The renderer's defaults and .storybook/preview.ts (decorators, globals), as Storybook itself composes them. */
const project = setProjectAnnotations(preview);

/**
 * What `composeStories` returns for each story (its declared type is `{}`): the story function, with its globals
 * and parameters. `parameters.media: 'print'` screenshots the story as printed (print media emulated, `beforeprint`
 * dispatched). `parameters.screenshot: 'after-play'` runs the story's play function first, for a story whose state
 * only a user can make (answers typed and chosen); other stories are shot as they render, before any play.
 */
type ComposedStory = (() => unknown) & {
  globals: Record<string, unknown>;
  parameters: { media?: 'print'; screenshot?: 'after-play' };
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

/** Resolves once every ketamine-* element in `frame` shows its content (or its error panel) in its locale. */
async function settle(frame: HTMLElement): Promise<void> {
  await widgetsSettled(frame, 10000);
  await document.fonts.ready;
  // Reduced motion is emulated, so nothing should run; whatever does is put at its end state.
  for (const animation of document.getAnimations()) animation.finish();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** True when DejaVu Sans is installed: text in it is not as wide as in the monospace fallback. */
function hasPinnedFont(): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string) => ((context.font = font), context.measureText('Ketamine widgets 0123').width);
  return width('16px "DejaVu Sans", monospace') !== width('16px monospace');
}

/**
 * Every story of `stories` (a stories module) in light; `main` (export names) also in dark, right to
 * left (Arabic) and in a 320 px frame. Screenshots are named `<widget>/<Story>-<variant>.png`.
 */
export function screenshotStories<Stories extends Parameters<typeof composeStories>[0]>(
  widget: string,
  stories: Stories,
  main: readonly (keyof Stories & string)[],
): void {
  describe(`${widget}: screenshots of its stories`, function () {
    this.timeout(30000);
    // A new frame for each story, as Storybook remounts: Lit would otherwise reuse the last story's widget.
    let frame: HTMLElement;

    before(async () => {
      expect(hasPinnedFont(), 'install fonts-dejavu-core: the screenshots pin DejaVu Sans').to.be.true;
      expect([innerWidth, innerHeight, devicePixelRatio], 'viewport').to.deep.equal([800, 600, 1]);
      // The system the baselines assume: light, no forced colours, and no animations or transitions.
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce', forcedColors: 'none' });
    });

    beforeEach(() => {
      frame = document.createElement('div');
      document.body.append(frame);
    });

    afterEach(() => {
      render(null, frame);
      frame.remove();
    });

    after(() => setLocale('en'));

    for (const variant of [LIGHT, ...OTHER_VARIANTS]) {
      const composed = composeStories(stories, {
        ...project,
        initialGlobals: { ...project.initialGlobals, ...variant.globals },
      });
      for (const [exportName, story] of Object.entries(composed as Record<string, ComposedStory>)) {
        if (variant !== LIGHT && !(main as readonly string[]).includes(exportName)) continue;
        it(`${exportName} (${variant.name})`, async () => {
          frame.style.inlineSize = `${variant.width}px`;
          render(story() as TemplateResult, frame);
          // The decorator starts the locale switch; the widgets re-render when it lands.
          await setLocale((story.globals['locale'] as string | undefined) ?? 'en');
          await settle(frame);
          if (story.parameters.screenshot === 'after-play') {
            await story.play!({ canvasElement: frame });
            await settle(frame);
          }
          (document.activeElement as HTMLElement | null)?.blur();
          const print = story.parameters.media === 'print';
          if (print) {
            await emulateMedia({ media: 'print' });
            // What a browser's print does too: the widgets open their disclosures.
            window.dispatchEvent(new Event('beforeprint'));
            await settle(frame);
          }
          try {
            await visualDiff(frame, `${widget}/${exportName}-${variant.name}`);
          } finally {
            if (print) {
              window.dispatchEvent(new Event('afterprint'));
              await emulateMedia({ media: 'screen' });
            }
          }
        });
      }
    }
  });
}
