/**
 * Counts event listeners and observers, so the robustness tests can tell
 * whether the widgets leak any. Import this module FIRST in a test file: it
 * patches `EventTarget.prototype.addEventListener/removeEventListener`,
 * `MutationObserver.prototype.observe/disconnect` and the same methods of
 * `ResizeObserver` and `IntersectionObserver` at import time, before the
 * bundle is loaded, so every call the library makes is recorded.
 *
 * A registration is attributed to the library when the call comes from a
 * script under `/dist/cdn/` (the bundle or one of its chunks), read from the
 * call's stack trace. Works in Chromium, Firefox and WebKit (each prints the
 * script URL in `Error().stack`).
 */

const BUNDLE_PATH = '/dist/cdn/';

/** One live `addEventListener` registration. */
interface ListenerRecord {
  target: WeakRef<EventTarget>;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  fromBundle: boolean;
}

/** One observer, with the targets it currently observes. */
interface ObserverRecord {
  kind: 'MutationObserver' | 'ResizeObserver' | 'IntersectionObserver';
  targets: WeakRef<object>[];
  fromBundle: boolean;
}

const listenersByTarget = new WeakMap<EventTarget, ListenerRecord[]>();
const liveListeners = new Set<ListenerRecord>();
const observers = new Map<object, ObserverRecord>();

if ('stackTraceLimit' in Error) (Error as { stackTraceLimit: number }).stackTraceLimit = 40;

/** Whether the current call comes from the bundle or one of its chunks. */
function calledFromBundle(): boolean {
  return (new Error().stack ?? '').includes(BUNDLE_PATH);
}

const captureOf = (options: boolean | AddEventListenerOptions | EventListenerOptions | undefined): boolean =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

const originalAdd = EventTarget.prototype.addEventListener;
const originalRemove = EventTarget.prototype.removeEventListener;

EventTarget.prototype.addEventListener = function addEventListener(
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
): void {
  const target = this ?? globalThis;
  originalAdd.call(target, type, listener, options);
  if (!listener) return;
  const capture = captureOf(options);
  const list = listenersByTarget.get(target) ?? [];
  // The platform ignores a second identical registration; so does the count.
  if (list.some((r) => r.type === type && r.listener === listener && r.capture === capture)) return;
  // A `once` listener or one with an AbortSignal can end without removeEventListener; the widgets use neither,
  // and such a registration is still counted (a leak check errs on the side of counting).
  const record: ListenerRecord = {
    target: new WeakRef(target),
    type,
    listener,
    capture,
    fromBundle: calledFromBundle(),
  };
  list.push(record);
  listenersByTarget.set(target, list);
  liveListeners.add(record);
};

EventTarget.prototype.removeEventListener = function removeEventListener(
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
): void {
  const target = this ?? globalThis;
  originalRemove.call(target, type, listener, options);
  const list = listenersByTarget.get(target);
  if (!list || !listener) return;
  const capture = captureOf(options);
  const index = list.findIndex((r) => r.type === type && r.listener === listener && r.capture === capture);
  if (index < 0) return;
  liveListeners.delete(list[index]!);
  list.splice(index, 1);
};

function patchObserver(
  kind: ObserverRecord['kind'],
  ctor:
    | {
        prototype: {
          observe(target: object, ...rest: unknown[]): void;
          disconnect(): void;
          unobserve?(target: object): void;
        };
      }
    | undefined,
): void {
  if (!ctor) return;
  const proto = ctor.prototype;
  const observe = proto.observe;
  const disconnect = proto.disconnect;
  const unobserve = proto.unobserve;
  proto.observe = function (this: object, target: object, ...rest: unknown[]) {
    observe.call(this, target, ...rest);
    const record = observers.get(this) ?? { kind, targets: [], fromBundle: calledFromBundle() };
    if (!record.targets.some((t) => t.deref() === target)) record.targets.push(new WeakRef(target));
    observers.set(this, record);
  };
  proto.disconnect = function (this: object) {
    disconnect.call(this);
    observers.delete(this);
  };
  if (unobserve) {
    proto.unobserve = function (this: object, target: object) {
      unobserve.call(this, target);
      const record = observers.get(this);
      if (!record) return;
      record.targets = record.targets.filter((t) => t.deref() !== target);
      if (record.targets.length === 0) observers.delete(this);
    };
  }
}

type Patchable = Parameters<typeof patchObserver>[1];
patchObserver('MutationObserver', globalThis.MutationObserver as unknown as Patchable);
patchObserver('ResizeObserver', globalThis.ResizeObserver as unknown as Patchable);
patchObserver('IntersectionObserver', globalThis.IntersectionObserver as unknown as Patchable);

/** Where a listener is attached, for reports. */
export type TargetKind = 'window' | 'document' | 'html' | 'widget' | 'widget-shadow' | 'connected' | 'detached';

const isWidget = (node: Node): boolean => node instanceof Element && node.localName.startsWith('ketamine-');

function kindOf(target: EventTarget): TargetKind {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target === document.documentElement) return 'html';
  if (target instanceof Node) {
    if (isWidget(target)) return 'widget';
    const root = target.getRootNode();
    if (root instanceof ShadowRoot && isWidget(root.host)) return target.isConnected ? 'widget-shadow' : 'detached';
    return target.isConnected ? 'connected' : 'detached';
  }
  return 'connected';
}

/** Live counts of the library's listeners and observers. */
export interface LeakCounts {
  /** Listeners on window, document and `<html>`: page-wide, must not grow with the number of widgets ever created. */
  global: number;
  /** Listeners on widget hosts (connected or not) and on connected nodes of their shadow roots. */
  widgets: number;
  /** Listeners on other connected nodes. */
  other: number;
  /** Listeners on detached nodes (collected with them; reported, not judged). */
  detached: number;
  /** Observers that observe something and were not disconnected. */
  observers: number;
  /** Readable list, for failure messages. */
  detail: string[];
}

/** Counts the library's live listeners and observers now. */
export function leakCounts(filter: (target: EventTarget) => boolean = () => true): LeakCounts {
  const counts: LeakCounts = { global: 0, widgets: 0, other: 0, detached: 0, observers: 0, detail: [] };
  const byLabel = new Map<string, number>();
  for (const record of liveListeners) {
    if (!record.fromBundle) continue;
    const target = record.target.deref();
    if (!target || !filter(target)) continue;
    const kind = kindOf(target);
    if (kind === 'window' || kind === 'document' || kind === 'html') counts.global += 1;
    else if (kind === 'widget' || kind === 'widget-shadow') counts.widgets += 1;
    else if (kind === 'connected') counts.other += 1;
    else counts.detached += 1;
    const label = `listener ${kind} ${record.type}`;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }
  for (const record of observers.values()) {
    if (!record.fromBundle) continue;
    const targets = record.targets.map((t) => t.deref()).filter((t): t is object => t !== undefined);
    if (targets.length === 0) continue;
    counts.observers += 1;
    const label = `${record.kind} on ${targets.map((t) => (t instanceof Element ? t.localName : String(t))).join(',')}`;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }
  counts.detail = [...byLabel].map(([label, n]) => `${n} × ${label}`).sort();
  return counts;
}

/** The library's listeners attached to one node (of any kind), e.g. a widget host. */
export function listenersOn(target: EventTarget): number {
  return (listenersByTarget.get(target) ?? []).filter((r) => r.fromBundle).length;
}

/** The library's listeners attached to the nodes of a shadow root. */
export function listenersInShadow(root: ShadowRoot): number {
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += listenersOn(node);
  return n;
}

/** Whether the instrumentation is in place (a sanity check for the tests). */
export const instrumented = (): boolean => EventTarget.prototype.addEventListener !== originalAdd;
