// Eleventy 3: a static clinic site whose widgets are in the pages' HTML, rendered at build time by
// ketamine-widgets/server, and taken over by the widgets' script in the browser.
import { renderPage, textDirection } from 'ketamine-widgets/server';

export default function (eleventyConfig) {
  // The widgets' script, self-hosted: the whole CDN folder (the main file and the chunks it loads).
  eleventyConfig.addPassthroughCopy({ 'node_modules/ketamine-widgets/dist/cdn': 'assets/ketamine-widgets' });
  // `dir` follows the page's `lang` (right to left for Arabic), as the widgets' own does.
  eleventyConfig.addFilter('textDirection', textDirection);

  // Each ketamine-* tag of an HTML page gets its content, in the language of the page's <html lang>. Invalid
  // content (clinic JSON, an unknown study id) stops the build, with the message the browser's console would give.
  eleventyConfig.addTransform('ketamine-widgets', async function (content) {
    if (!String(this.page.outputPath).endsWith('.html')) return content;
    const { page, report } = await renderPage(content);
    const where = (entry) => `${this.page.outputPath}:${entry.line}: <${entry.tag}>`;
    const invalid = report.filter((entry) => entry.error);
    if (invalid.length) throw new Error(invalid.map((entry) => `${where(entry)}: ${entry.error}`).join('\n'));
    for (const entry of report.filter((e) => !e.filled))
      console.warn(`${where(entry)}: left for the browser: ${entry.why}`);
    return page;
  });
}

export const config = { dir: { input: 'src', output: 'dist' } };
