// The shape of what scripts/build/builder-catalog.js makes, imported as a module at build time.

export interface BuilderAttribute {
  name: string;
  description: string;
  /** `boolean`; `one` value of `values`; a space-separated `list` of `values`; any `text`. */
  kind: 'boolean' | 'one' | 'list' | 'text';
  values?: string[];
  default?: string;
  /** Whether the WordPress shortcode and block take it. */
  wordpress: boolean;
}

export interface BuilderWidget {
  name: string;
  tag: string;
  block: string;
  shortcode: string;
  /** The block's title in the inserter. */
  title: string;
  summary: string;
  /** Attributes that show built-in content: the builder's first choice. */
  example: Record<string, string>;
  attributes: BuilderAttribute[];
}

export interface BuilderCatalog {
  version: string;
  widgets: BuilderWidget[];
}
