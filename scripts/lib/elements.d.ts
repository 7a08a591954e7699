// Types for elements.js, which Node runs as plain JavaScript.
export declare const ELEMENTS: readonly string[];
