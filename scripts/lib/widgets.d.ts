// Types for widgets.js, which Node runs as plain JavaScript.
export declare const WIDGETS: Record<
  string,
  { content: { kind: string; property: string }; example: Record<string, string> }
>;
export declare const ELEMENTS: readonly string[];
export declare const tagOf: (name: string) => string;
