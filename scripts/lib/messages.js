// msg() calls and lit-localize's generated locale modules, read with the
// TypeScript parser (never regular expressions): shared by the split
// (scripts/split-messages.js), the build plugins (scripts/build/) and the
// check (scripts/check-messages.js). Anything of an unexpected shape throws a
// MessageError naming the file, line and id, so a lit-localize upgrade that
// changes its output stops the build instead of silently dropping texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export class MessageError extends Error {
  name = 'MessageError';
}

/** Where the split writes one module per locale and group, beside its loader map. */
export const GROUP_MODULES_DIR = 'src/generated/messages';
export const LOADERS_FILE = 'loaders.ts';
/** The group of every message whose msg() call is outside a widget's folder. */
export const SHARED = 'shared';
const LOCALIZE = '@lit/localize';
/** The public entries a locale module may import its tags from (never a library's internals). */
const TAG_SOURCES = new Set(['lit', LOCALIZE]);

export const parseTs = (fileName, text) =>
  ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** `file:line:column` of a node, for error messages. */
export function where(sourceFile, node) {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return `${sourceFile.fileName}:${line + 1}:${character + 1}`;
}

/** The text of a string literal or a template literal without substitutions; otherwise undefined. */
const staticText = (node) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

const propertyName = (property) =>
  property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
    ? property.name.text
    : undefined;

/** How this file refers to @lit/localize's msg: local names (`msg`, an alias) and namespace names (`L.msg`). */
function msgBindings(sourceFile) {
  const names = new Set();
  const namespaces = new Set();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || staticText(statement.moduleSpecifier) !== LOCALIZE) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if ((element.propertyName ?? element.name).text === 'msg') names.add(element.name.text);
      }
    }
  }
  return { names, namespaces };
}

/**
 * Every msg() call of @lit/localize in a source file: its id (a literal, required), the node holding it,
 * its `desc` property if any, and its options object.
 */
export function findMessages(sourceFile) {
  const { names, namespaces } = msgBindings(sourceFile);
  if (!names.size && !namespaces.size) return [];
  const isMsg = (callee) =>
    (ts.isIdentifier(callee) && names.has(callee.text)) ||
    (ts.isPropertyAccessExpression(callee) &&
      callee.name.text === 'msg' &&
      ts.isIdentifier(callee.expression) &&
      namespaces.has(callee.expression.text));
  const messages = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && isMsg(node.expression)) messages.push(readCall(sourceFile, node));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return messages;
}

function readCall(sourceFile, call) {
  const at = where(sourceFile, call);
  const options = call.arguments[1];
  if (!options || !ts.isObjectLiteralExpression(options)) {
    throw new MessageError(`${at}: msg() has no options object with an id; write msg(…, { id: 'group.name' })`);
  }
  let idNode;
  let desc;
  for (const property of options.properties) {
    if (ts.isSpreadAssignment(property) || ts.isShorthandPropertyAssignment(property) || !propertyName(property)) {
      throw new MessageError(
        `${where(sourceFile, property)}: msg() options must be plain \`name: literal\` properties`,
      );
    }
    const name = propertyName(property);
    if (name === 'id') {
      if (!ts.isPropertyAssignment(property) || staticText(property.initializer) === undefined) {
        throw new MessageError(`${where(sourceFile, property)}: a msg() id must be a string literal`);
      }
      idNode = property.initializer;
    } else if (name === 'desc') {
      desc = property;
    }
  }
  if (!idNode) throw new MessageError(`${at}: msg() has no id; write msg(…, { id: 'group.name' })`);
  return { id: idNode.text, idNode, desc, options, call, at };
}

/** Every .ts file under `dir`, generated ones excepted, sorted. */
export function sourceFiles(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === join('src', 'generated') ? [] : sourceFiles(path);
      return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

/**
 * A message belongs to the widget whose folder (src/elements/<name>/) holds its msg() call;
 * every other message is shared. A folder that is not a registered widget is an error.
 */
export function groupOfFile(path, elements) {
  const [top, folder, name] = relative('.', path).split(sep);
  if (top !== 'src' || folder !== 'elements') return SHARED;
  if (!elements.includes(name)) {
    throw new MessageError(`${path}: src/elements/${name}/ holds msg() calls but is not a widget in src/widgets.ts`);
  }
  return name;
}

/** Message id → { group, at } from where each msg() call is written; an id in two groups throws. */
export function messageGroups(files, elements) {
  return messageGroupsOf(
    files.map((path) => ({ path, text: readFileSync(path, 'utf8') })),
    elements,
  );
}

/** The same, from sources in memory: [{ path (relative, `src/…`), text }]. */
export function messageGroupsOf(sources, elements) {
  const groups = new Map();
  for (const { path, text } of sources) {
    const messages = findMessages(parseTs(path, text));
    if (!messages.length) continue;
    const group = groupOfFile(path, elements);
    for (const { id, at } of messages) {
      const seen = groups.get(id);
      if (seen && seen.group !== group) {
        throw new MessageError(
          `message id ${id} is used in two groups: ${seen.group} (${seen.at}) and ${group} (${at})`,
        );
      }
      if (!seen) groups.set(id, { group, at });
    }
  }
  return groups;
}

/**
 * A locale module as `lit-localize build` writes it in runtime mode: named imports (the `str`/`html`
 * tags), then `export const templates = { 'id': template, … }` and nothing else. Any other shape throws.
 * A group module (scripts/split-messages.js) also ends with `export const reviewed = true|false;`.
 */
export function parseLocaleModule(text, fileName) {
  const sourceFile = parseTs(fileName, text);
  const fail = (node, problem) =>
    new MessageError(
      `${node ? where(sourceFile, node) : fileName}: ${problem} (not the shape lit-localize build writes)`,
    );
  const imports = [];
  const tags = new Set();
  let templates;
  let reviewed;
  for (const statement of sourceFile.statements) {
    if (templates && reviewed === undefined && isReviewedExport(statement)) {
      reviewed = statement.declarationList.declarations[0].initializer.kind === ts.SyntaxKind.TrueKeyword;
      continue;
    }
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (
        !clause ||
        clause.name ||
        clause.isTypeOnly ||
        !clause.namedBindings ||
        !ts.isNamedImports(clause.namedBindings)
      ) {
        throw fail(statement, 'an import that is not `import {name} from …`');
      }
      if (!TAG_SOURCES.has(staticText(statement.moduleSpecifier))) {
        throw fail(statement, `an import from ${statement.moduleSpecifier.getText(sourceFile)}`);
      }
      for (const element of clause.namedBindings.elements) tags.add(element.name.text);
      imports.push(statement);
      continue;
    }
    const declaration = ts.isVariableStatement(statement) && statement.declarationList.declarations[0];
    if (
      declaration &&
      !templates &&
      statement.declarationList.declarations.length === 1 &&
      statement.declarationList.flags & ts.NodeFlags.Const &&
      statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
      ts.isIdentifier(declaration.name) &&
      declaration.name.text === 'templates' &&
      declaration.initializer &&
      ts.isObjectLiteralExpression(declaration.initializer)
    ) {
      templates = declaration.initializer;
      continue;
    }
    throw fail(statement, `an unexpected statement \`${statement.getText(sourceFile).slice(0, 40)}…\``);
  }
  if (!templates) throw fail(undefined, 'no `export const templates = {…}`');
  const entries = [];
  const ids = new Set();
  for (const property of templates.properties) {
    if (!ts.isPropertyAssignment(property) || !propertyName(property)) {
      throw fail(property, "a templates entry that is not `'id': template`");
    }
    const id = propertyName(property);
    if (ids.has(id)) throw fail(property, `message id ${id} twice`);
    ids.add(id);
    const value = property.initializer;
    const tagged = ts.isTaggedTemplateExpression(value) && ts.isIdentifier(value.tag) && !value.typeArguments;
    if (!(tagged || ts.isNoSubstitutionTemplateLiteral(value) || ts.isStringLiteral(value))) {
      throw fail(property, `message ${id}: a value that is not a template literal`);
    }
    if (tagged && !tags.has(value.tag.text))
      throw fail(property, `message ${id}: tag ${value.tag.text} is not imported`);
    entries.push({ id, property, tag: tagged ? value.tag.text : undefined });
  }
  return { sourceFile, imports, entries, reviewed };
}

/** `export const reviewed = true;` or `= false;`: the group's review status, as the split writes it. */
const REVIEWED = /^export const reviewed = (true|false);$/;
const isReviewedExport = (statement) => REVIEWED.test(statement.getText().trim());

/** A template as written, tag and literal (the printer puts a space between them). */
const templateText = (node, sourceFile) =>
  ts.isTaggedTemplateExpression(node)
    ? `${node.tag.getText(sourceFile)}${node.template.getText(sourceFile)}`
    : node.getText(sourceFile);

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const exportKeyword = () => ts.factory.createModifier(ts.SyntaxKind.ExportKeyword);

/**
 * A locale module of only `entries` (a subset of `parsed.entries`), printed from the parsed nodes, with
 * only the imports its templates use, and the group's `reviewed` status when given. The result is parsed
 * again: every entry (and the status) must come back unchanged.
 */
export function printLocaleModule(parsed, entries, header, reviewed) {
  const { factory } = ts;
  const used = new Set(entries.map((e) => e.tag).filter(Boolean));
  const imports = parsed.imports.flatMap((declaration) => {
    const specifiers = declaration.importClause.namedBindings.elements.filter((s) => used.has(s.name.text));
    if (!specifiers.length) return [];
    return [
      factory.createImportDeclaration(
        undefined,
        factory.createImportClause(false, undefined, factory.createNamedImports(specifiers)),
        declaration.moduleSpecifier,
      ),
    ];
  });
  const templates = factory.createVariableStatement(
    [exportKeyword()],
    factory.createVariableDeclarationList(
      [
        factory.createVariableDeclaration(
          'templates',
          undefined,
          undefined,
          factory.createObjectLiteralExpression(
            entries.map((e) => e.property),
            true,
          ),
        ),
      ],
      ts.NodeFlags.Const,
    ),
  );
  const body = [...imports, templates]
    .map((node) => printer.printNode(ts.EmitHint.Unspecified, node, parsed.sourceFile))
    .join('\n\n');
  const status = reviewed === undefined ? '' : `\nexport const reviewed = ${reviewed};\n`;
  const text = `${header}\n${body}\n${status}`;
  const reparsed = parseLocaleModule(text, '(printed module)');
  const original = new Map(entries.map((e) => [e.id, templateText(e.property.initializer, parsed.sourceFile)]));
  const back = reparsed.entries.map((e) => [e.id, templateText(e.property.initializer, reparsed.sourceFile)]);
  const changed = back.length !== original.size || back.some(([id, value]) => original.get(id) !== value);
  if (changed || reparsed.reviewed !== reviewed) {
    throw new MessageError(`${parsed.sourceFile.fileName}: printing a group module changed its entries`);
  }
  return text;
}

/**
 * Splits a parsed locale module by group. Every entry must belong to a known msg() call, and every
 * msg() call must have an entry: a mismatch means the sources and lit-localize's output disagree.
 */
export function groupEntries(parsed, groups, groupNames) {
  const file = parsed.sourceFile.fileName;
  const byGroup = new Map(groupNames.map((g) => [g, []]));
  for (const entry of parsed.entries) {
    const group = groups.get(entry.id)?.group;
    if (!group) {
      throw new MessageError(
        `${file}: message ${entry.id} has no msg() call with that id in src/ (a call this script cannot read, or stale output: run npm run localize:build)`,
      );
    }
    if (!byGroup.has(group)) throw new MessageError(`${file}: message ${entry.id} belongs to unknown group ${group}`);
    byGroup.get(group).push(entry);
  }
  const present = new Set(parsed.entries.map((e) => e.id));
  const missing = [...groups.keys()].filter((id) => !present.has(id));
  if (missing.length) {
    throw new MessageError(
      `${file}: no translation entry for ${missing.join(', ')} (stale output: run npm run localize:build)`,
    );
  }
  return byGroup;
}

/** Text edits applied from last to first: [{ start, end, text }]. */
export function applyEdits(code, edits) {
  let out = code;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** `code` without the `desc` option (the translator's note) of its msg() calls, whatever its quotes. */
export function stripNotes(code, fileName) {
  const sourceFile = parseTs(fileName, code);
  const edits = [];
  for (const { desc, options } of findMessages(sourceFile)) {
    if (!desc) continue;
    const properties = options.properties;
    const index = properties.indexOf(desc);
    // With the comma before it (or, if first, up to the next property); the object stays valid.
    if (index > 0) edits.push({ start: properties[index - 1].end, end: desc.end, text: '' });
    else if (properties.length > 1)
      edits.push({ start: desc.getStart(sourceFile), end: properties[1].getStart(sourceFile), text: '' });
    else edits.push({ start: options.getStart(sourceFile), end: options.end, text: '{}' });
  }
  return edits.length ? applyEdits(code, edits) : code;
}
