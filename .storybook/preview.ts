import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/localization/localization.js';
import { SUPPORTED_LOCALES, textDirection } from '../src/localization/locales.js';
import type { Theme } from '../src/internal/ketamine-element.js';
import { widgetsSettled } from '../stories/settle.js';

// Controls and docs tables (attributes, properties, events, slots, CSS custom
// properties and parts) come from the manifest that `npm run analyze` writes.
setCustomElementsManifest(manifest);

// Each stories file imports its own element's define module (as a page using
// the per-element entry points would), so one element still being written
// cannot break every other element's stories.

const SOURCE_LOCALE = SUPPORTED_LOCALES[0]!;
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/** "English", "español", … each in its own language, for the toolbar. */
function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/*
 * Theme toolbar: `auto` leaves each widget's own `theme` (from its args);
 * `light` / `dark` force that theme on every ketamine-* element inside the
 * story, including ones a story adds later or re-renders. The value a widget
 * had before being forced is kept, and put back when the toolbar returns to
 * `auto`.
 */
const isWidget = (el: Element): boolean => el.localName.startsWith('ketamine-');
const storyThemes = new WeakMap<Element, string>();
const watchedRoots = new WeakSet<Element>();

function syncThemes(root: HTMLElement): void {
  const forced = root.dataset['forceTheme'];
  for (const el of root.querySelectorAll('*')) {
    if (!isWidget(el)) continue;
    if (forced) {
      if (!storyThemes.has(el)) storyThemes.set(el, el.getAttribute('theme') ?? 'auto');
      if (el.getAttribute('theme') !== forced) el.setAttribute('theme', forced);
    } else if (storyThemes.has(el)) {
      el.setAttribute('theme', storyThemes.get(el)!);
      storyThemes.delete(el);
    }
  }
}

function watchThemes(root?: Element): void {
  if (!(root instanceof HTMLElement) || watchedRoots.has(root)) return;
  watchedRoots.add(root);
  new MutationObserver((records) => {
    const forced = root.dataset['forceTheme'];
    // A story that sets `theme` itself while a theme is forced: remember it for `auto`.
    for (const r of records) {
      const el = r.target as Element;
      if (forced && r.type === 'attributes' && r.attributeName === 'theme' && isWidget(el)) {
        const value = el.getAttribute('theme');
        if (value !== forced) storyThemes.set(el, value ?? 'auto');
      }
    }
    syncThemes(root);
  }).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['theme', 'data-force-theme'],
  });
  syncThemes(root);
}

/**
 * Locale, direction and theme for every story. The locale is page-wide in
 * the library (`setLocale`), so on a docs page, where many stories share one
 * page, only the toolbar's locale is used, never a story's own override.
 */
const withWidgetContext: Decorator = (story, context) => {
  const { globals, viewMode, args } = context;
  const localeGlobal: unknown =
    viewMode === 'docs' ? (context['userGlobals']?.locale ?? globals['locale']) : globals['locale'];
  const locale = typeof localeGlobal === 'string' && localeGlobal ? localeGlobal : SOURCE_LOCALE;
  void setLocale(locale);

  // A right-to-left language makes the page right to left too, as a real Arabic page would be.
  const dir = globals['direction'] === 'rtl' || textDirection(locale) === 'rtl' ? 'rtl' : 'ltr';
  const forced = globals['theme'] === 'light' || globals['theme'] === 'dark' ? (globals['theme'] as Theme) : undefined;
  // The page follows the card: forced theme, else the story's own theme arg, else it supports both (auto).
  const pageTheme: Theme = forced ?? (isTheme(args['theme']) ? args['theme'] : 'auto');

  return html`<div
    class="widget-story"
    dir=${dir}
    lang=${locale}
    data-view=${viewMode}
    data-page-theme=${pageTheme}
    data-force-theme=${forced ?? nothing}
    ${ref(watchThemes)}
  >
    ${story()}
  </div>`;
};

/**
 * After a story's play function and before the accessibility check (project `afterEach` hooks run before
 * the a11y addon's): its locale has landed and every widget shows its content, so axe checks what a reader
 * sees, not the loading box.
 */
const afterEach: Preview['afterEach'] = async ({ canvasElement, globals }) => {
  const locale = globals['locale'];
  await setLocale(typeof locale === 'string' && locale ? locale : SOURCE_LOCALE);
  await widgetsSettled(canvasElement);
};

const preview: Preview = {
  decorators: [withWidgetContext],
  afterEach,
  globalTypes: {
    locale: {
      description: 'Language of the widgets (setLocale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: SUPPORTED_LOCALES.map((locale) => ({ value: locale, title: languageName(locale), right: locale })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the page around the widgets',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right', right: 'ltr' },
          { value: 'rtl', title: 'Right to left', right: 'rtl' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme forced on every widget (auto keeps each story’s own)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEMES.map((theme) => ({ value: theme, title: theme })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: SOURCE_LOCALE,
    direction: 'ltr',
    theme: 'auto',
  },
  parameters: {
    // The wrapper above paints the page (light or dark), so it spans the canvas.
    layout: 'fullscreen',
    backgrounds: { disable: true },
    controls: { expanded: true },
    a11y: {
      // Run axe on every story; violations fail the a11y test run.
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        },
      },
    },
  },
};

export default preview;
