import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The reviewed snapshots of what a screen reader says (test/a11y/speech/<widget>.<state>.txt): the page sends the
 * spoken sequence, this compares it with the committed file. `KETAMINE_UPDATE_SPEECH=1` writes the files instead
 * (review the diff and commit it, as with the visual baselines); a missing file fails without it.
 */
export const SPEECH_DIR = 'test/a11y/speech';
const update = process.env.KETAMINE_UPDATE_SPEECH === '1';

export function speechSnapshotPlugin() {
  return {
    name: 'ketamine-speech-snapshot',
    executeCommand({ command, payload }) {
      if (command !== 'ketamine-speech-snapshot') return undefined;
      const name = normalize(String(payload.name));
      if (!/^[a-z0-9-]+\.[a-z0-9-]+\.txt$/.test(name)) throw new Error(`bad speech snapshot name: ${name}`);
      const file = join(SPEECH_DIR, name);
      if (update) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, payload.text);
        return { expected: payload.text, updated: true };
      }
      return { expected: existsSync(file) ? readFileSync(file, 'utf8') : null, updated: false };
    },
  };
}
