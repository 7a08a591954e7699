/** Our message ids, e.g. `study.feder-2014-ptsd.result`: they all have a dot, content ids never do. */
export const MESSAGE_ID = String.raw`[a-z0-9-]+\.[a-z0-9.-]+`;
