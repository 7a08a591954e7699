// Types for sri-snippet.js, which Node and the code builder run as plain JavaScript.
import type { IntegrityManifest } from './integrity.js';
export declare const MAIN: string;
export declare function cdnBase(input: string, version: string): string;
export declare function snippet(manifest: IntegrityManifest, base: string): string;
export declare const PACKAGE: string;
