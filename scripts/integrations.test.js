// `npm run analyze:check` runs this: the framework types and editor data in types/ say what
// custom-elements.json says. Each attribute's values, each description and each event are there, and
// read-only and static members (not props a page can set) are not; private ones never reach the manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(path, 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((module) => module.declarations);
const vsCode = JSON.parse(read('types/vscode.html-custom-data.json'));
const webTypes = JSON.parse(read('types/web-types.json')).contributions.html.elements;
const jsx = read('types/jsx.d.ts');
const vue = read('types/vue.d.ts');

/** `'a' | 'b'` → ['a', 'b']; a type that is not all literals → undefined. */
function literals(type) {
  const values = type.split('|').map((part) => /^\s*'([^']*)'\s*$/.exec(part)?.[1]);
  return values.every((value) => value !== undefined) ? values : undefined;
}

/** The body of `export type <Name>Props = { … };` in a generated .d.ts. */
function propsOf(source, name) {
  const match = new RegExp(`type ${name}Props = \\{([\\s\\S]*?)\\n\\};`).exec(source);
  assert.ok(match, `no ${name}Props type`);
  return match[1];
}

test('there is one entry per element in every file', () => {
  const tags = elements.map((element) => element.tagName).sort();
  assert.ok(tags.length >= 6);
  assert.deepEqual(vsCode.tags.map((tag) => tag.name).sort(), tags);
  assert.deepEqual(webTypes.map((element) => element.name).sort(), tags);
  for (const tag of tags) {
    assert.ok(jsx.includes(`"${tag}": Partial<`), `jsx.d.ts has no ${tag}`);
    assert.ok(vue.includes(`"${tag}": DefineComponent<`), `vue.d.ts has no ${tag}`);
  }
});

test('editors offer the values each attribute accepts, with its description', () => {
  for (const element of elements) {
    const tag = vsCode.tags.find((entry) => entry.name === element.tagName);
    assert.ok(tag.description, `${element.tagName}: no description`);
    for (const attribute of element.attributes) {
      const entry = tag.attributes.find((a) => a.name === attribute.name);
      assert.ok(entry, `${element.tagName}: no ${attribute.name} in VS Code data`);
      assert.ok(entry.description, `${element.tagName} ${attribute.name}: no description`);
      const values = literals(attribute.type.text);
      if (values) {
        assert.deepEqual(
          entry.values.map((value) => value.name),
          values,
          `${element.tagName} ${attribute.name}: VS Code values`,
        );
      }
    }
  }
  const card = vsCode.tags.find((entry) => entry.name === 'ketamine-evidence-card');
  const study = card.attributes.find((a) => a.name === 'study').values.map((value) => value.name);
  assert.ok(study.includes('feder-2021-ptsd') && !study.includes('StudyInput'), `study values: ${study}`);
});

test('the types name every attribute and event, typed from the element', () => {
  for (const element of elements) {
    const react = propsOf(jsx, element.name);
    const inVue = propsOf(vue, element.name);
    for (const attribute of element.attributes) {
      const camel = attribute.name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
      assert.match(react, new RegExp(`"?${attribute.name}"?\\?: ${element.name}\\["${attribute.fieldName}"\\];`));
      assert.match(inVue, new RegExp(`${camel}\\?: ${element.name}\\["${attribute.fieldName}"\\];`));
    }
    for (const event of element.events) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type.text)[1];
      assert.ok(react.includes(`"on${event.name}"?: (e: CustomEvent<import("../dist/lib/index.js").${detail}>)`));
    }
    const web = webTypes.find((entry) => entry.name === element.tagName);
    assert.deepEqual(
      web.events.map((event) => event.name),
      element.events.map((event) => event.name),
    );
  }
});

test('read-only and static members are left out', () => {
  const hidden = elements.flatMap((element) =>
    element.members.filter((member) => member.readonly || member.static).map((member) => member.name),
  );
  assert.ok(hidden.includes('hasActions') && hidden.includes('version'), `read-only and static members: ${hidden}`);
  for (const name of new Set(hidden)) {
    assert.ok(!new RegExp(`^\\s*"?${name}"?\\?:`, 'm').test(jsx), `jsx.d.ts offers ${name}`);
    assert.ok(!new RegExp(`^\\s*"?${name}"?\\?:`, 'm').test(vue), `vue.d.ts offers ${name}`);
  }
});
