// Types for messages.js, which Node runs as plain JavaScript.
import type ts from 'typescript';

export declare class MessageError extends Error {}
export declare const GROUP_MODULES_DIR: string;
export declare const LOADERS_FILE: string;
export declare const SHARED: 'shared';

export interface SourceMessage {
  id: string;
  idNode: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
  desc: ts.ObjectLiteralElementLike | undefined;
  options: ts.ObjectLiteralExpression;
  call: ts.CallExpression;
  /** `file:line:column` of the call. */
  at: string;
}
export interface LocaleEntry {
  id: string;
  property: ts.PropertyAssignment;
  tag: string | undefined;
}
export interface LocaleModule {
  sourceFile: ts.SourceFile;
  imports: ts.ImportDeclaration[];
  entries: LocaleEntry[];
  /** A group module's review status (`export const reviewed`); lit-localize's own modules have none. */
  reviewed?: boolean;
}
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export declare function parseTs(fileName: string, text: string): ts.SourceFile;
export declare function where(sourceFile: ts.SourceFile, node: ts.Node): string;
export declare function findMessages(sourceFile: ts.SourceFile): SourceMessage[];
export declare function sourceFiles(dir?: string): string[];
export declare function groupOfFile(path: string, elements: readonly string[]): string;
export declare function messageGroups(
  files: readonly string[],
  elements: readonly string[],
): Map<string, { group: string; at: string }>;
export declare function messageGroupsOf(
  sources: readonly { path: string; text: string }[],
  elements: readonly string[],
): Map<string, { group: string; at: string }>;
export declare function parseLocaleModule(text: string, fileName: string): LocaleModule;
export declare function printLocaleModule(
  parsed: LocaleModule,
  entries: LocaleEntry[],
  header: string,
  reviewed?: boolean,
): string;
export declare function groupEntries(
  parsed: LocaleModule,
  groups: Map<string, { group: string; at: string }>,
  groupNames: readonly string[],
): Map<string, LocaleEntry[]>;
export declare function applyEdits(code: string, edits: readonly Edit[]): string;
export declare function stripNotes(code: string, fileName: string): string;
