/**
 * The suite's learner realms start from the bundle its global setup builds
 * (src/grader/realm/node-realm-bundle.ts), and a realm from the bundle behaves as one from the
 * TypeScript shell: same seeded numbers, same data files from public/.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeRealm } from '../../../src/grader/realm/node-realm';
import { NODE_REALM_BUNDLE_ENV } from '../../../src/grader/realm/node-realm-bundle';
import type { LearnerEvent } from '../../../src/grader/realm/learner-protocol';

const code = `
  async function sample() {
    const digits = await data.load('digits');
    return [...tf.randomNormal([3]).dataSync(), Math.random(), digits.xTrain.shape[0]];
  }`;

/** Loads `code` in a fresh realm and returns what sample() returns. */
async function sampleFromRealm(): Promise<unknown> {
  const realm = openNodeRealm();
  try {
    const events: LearnerEvent[] = [];
    const next = (type: LearnerEvent['type']) =>
      new Promise<LearnerEvent>((resolve) => {
        const found = events.find((event) => event.type === type);
        if (found) resolve(found);
        else waiting.push({ type, resolve });
      });
    const waiting: { type: string; resolve: (event: LearnerEvent) => void }[] = [];
    realm.onMessage((event) => {
      events.push(event);
      for (const w of waiting.splice(0))
        if (w.type === event.type) w.resolve(event);
        else waiting.push(w);
    });
    realm.post({ type: 'load', code, seed: 5, locale: 'en' });
    expect((await next('loaded')).type).toBe('loaded');
    realm.post({ type: 'call', callId: 1, name: 'sample', args: [], seed: 5, measureLeaks: false });
    const returned = await next('returned');
    return returned.type === 'returned' ? returned.value : returned;
  } finally {
    realm.terminate();
  }
}

describe('the node learner realm bundle', () => {
  const bundle = process.env[NODE_REALM_BUNDLE_ENV];
  afterEach(() => {
    process.env[NODE_REALM_BUNDLE_ENV] = bundle;
  });

  it('is built by the global setup and named to the test workers', () => {
    expect(bundle, `${NODE_REALM_BUNDLE_ENV} (set by test/setup/node-realm.ts)`).toMatch(/node-learner-realm-\d+\.mjs$/);
    expect(existsSync(bundle ?? '')).toBe(true);
  });

  it('gives the same seeded numbers and reads the same data files as the TypeScript shell', async () => {
    const fromBundle = await sampleFromRealm();
    delete process.env[NODE_REALM_BUNDLE_ENV];
    const fromShell = await sampleFromRealm();
    expect(fromBundle).toEqual(fromShell);
    expect(JSON.stringify(fromBundle)).toMatch(/1438/); // the digits' training images
  }, 30_000);
});
