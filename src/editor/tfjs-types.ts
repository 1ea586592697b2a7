/**
 * The tfjs type definitions the editor uses for completion and hover, read from the installed
 * packages at build time (bundled into the lazily loaded editor chunk, never the page). The
 * backend packages' types are left out (learners do not call them directly; they would double
 * the size), so their modules resolve to empty stubs.
 */
type RawFiles = Record<string, string>;

const packages: RawFiles = {
  ...(import.meta.glob(['/node_modules/@tensorflow/tfjs/dist/**/*.d.ts', '!**/*_test.d.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as RawFiles),
  ...(import.meta.glob(
    [
      '/node_modules/@tensorflow/tfjs-core/dist/**/*.d.ts',
      '!**/*_test.d.ts',
      '!**/gradients/**',
      '!**/*_grad.d.ts',
      '!**/jasmine_util.d.ts',
    ],
    { query: '?raw', import: 'default', eager: true },
  ) as RawFiles),
  ...(import.meta.glob(['/node_modules/@tensorflow/tfjs-layers/dist/**/*.d.ts', '!**/*_test.d.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as RawFiles),
  ...(import.meta.glob(['/node_modules/@tensorflow/tfjs-converter/dist/**/*.d.ts', '!**/*_test.d.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as RawFiles),
  ...(import.meta.glob(['/node_modules/@tensorflow/tfjs-data/dist/**/*.d.ts', '!**/*_test.d.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as RawFiles),
};

const PACKAGES = ['tfjs', 'tfjs-core', 'tfjs-layers', 'tfjs-converter', 'tfjs-data'];
const STUBBED = ['tfjs-backend-cpu', 'tfjs-backend-webgl'];

/** One type file for the editor's TypeScript service. */
export interface TypeFile {
  /** A `file:///node_modules/...` path, so imports between packages resolve. */
  path: string;
  content: string;
}

/** Every tfjs type file, plus package entry points and stubs, ready for `addExtraLib`. */
export function tfjsTypeFiles(): TypeFile[] {
  const files: TypeFile[] = Object.entries(packages).map(([path, content]) => ({ path: `file://${path}`, content }));
  for (const name of PACKAGES) {
    const root = `file:///node_modules/@tensorflow/${name}`;
    files.push({ path: `${root}/package.json`, content: JSON.stringify({ name: `@tensorflow/${name}`, types: 'dist/index.d.ts' }) });
    files.push({ path: `${root}/index.d.ts`, content: "export * from './dist/index';\n" });
  }
  for (const name of STUBBED) {
    files.push({ path: `file:///node_modules/@tensorflow/${name}/index.d.ts`, content: 'export {};\n' });
  }
  return files;
}
