import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The GitHub Pages workflow cannot run here; these tests pin what it must do for the published
 * site to be the one `npm run test:e2e:base` tests: build with the repository's base path and
 * publish the folder that build writes.
 */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
}
const workflow = parse(readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[] }>;
};
const build = workflow.jobs['build']?.steps ?? [];
const deploy = workflow.jobs['deploy'];
const uses = (steps: Step[]) => steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));

describe('the GitHub Pages workflow', () => {
  it('checks out, sets up Node 20, installs with npm ci, builds, uploads, then deploys', () => {
    expect(uses(build)).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']);
    expect(build.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(20);
    expect(build.map((s) => s.run).filter(Boolean)).toEqual([expect.stringMatching(/^npm ci\b/), 'npm run build']);
    expect(deploy?.needs).toBe('build');
    expect(uses(deploy?.steps ?? [])).toEqual(['actions/deploy-pages']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it("builds with the repository's Pages path as the base and uploads the folder the build writes", () => {
    const pages = build.find((s) => s.uses?.startsWith('actions/configure-pages'));
    const buildStep = build.find((s) => s.run === 'npm run build');
    expect(buildStep?.env?.['RUNFIRST_BASE']).toBe(`\${{ steps.${pages?.id}.outputs.base_path }}`);
    const outDir = buildStep?.env?.['RUNFIRST_OUT_DIR'];
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe(outDir);
  });
});
