// Types for integrity.js, which Node runs as plain JavaScript.
export interface IntegrityManifest {
  package: string;
  version: string;
  algorithm: 'sha384';
  /** File (relative to dist/cdn/, `/`-separated) → `sha384-<base64>`; the main file first. */
  files: Record<string, string>;
}
export declare const MANIFEST: string;
export declare const MAIN: string;
export declare const sha384: (bytes: Uint8Array | string) => string;
export declare function cdnFiles(dir: string): string[];
export declare function integrityOf(dir: string, version: string): IntegrityManifest;
export declare function staleFiles(dir: string, manifest: IntegrityManifest): string[];
export declare function readIntegrity(dir: string): IntegrityManifest;
export declare function cdnBase(input: string, version: string): string;
export declare function snippet(manifest: IntegrityManifest, base: string): string;
