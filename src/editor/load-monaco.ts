/**
 * Loads the Monaco editor on demand (never on page load): the core, JavaScript highlighting, the
 * TypeScript language service (completion and hover) with the tfjs and learner-API types, and
 * its web workers, bundled and served by the site. Shared by code cells and exercises.
 */
import type * as Monaco from 'monaco-editor/editor';

/** The Monaco API, once loaded. */
export type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | undefined;

async function load(): Promise<MonacoApi> {
  const [monaco, typescript, { default: EditorWorker }, { default: TsWorker }, { tfjsTypeFiles }, globals] = await Promise.all([
    import('monaco-editor/editor'),
    import('monaco-editor/languages/features/typescript/register'),
    import('monaco-editor/editor/editor.worker?worker'),
    import('monaco-editor/languages/features/typescript/ts.worker?worker'),
    import('./tfjs-types'),
    import('./learner-globals'),
    import('monaco-editor/features/register.all'),
    import('monaco-editor/languages/definitions/javascript/register'),
  ]);
  globalThis.MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) =>
      label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker(),
  };
  const defaults = typescript.javascriptDefaults;
  defaults.setCompilerOptions({
    target: typescript.ScriptTarget.ESNext,
    module: typescript.ModuleKind.ESNext,
    moduleResolution: typescript.ModuleResolutionKind.NodeJs,
    allowJs: true,
    allowNonTsExtensions: true,
    checkJs: false,
    lib: ['esnext', 'webworker'],
  });
  // Cells share names across the page, which TypeScript would call redeclarations: keep
  // syntax errors, drop type diagnostics (runtime errors are marked after a run instead).
  defaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: false });
  defaults.setEagerModelSync(true);
  for (const file of tfjsTypeFiles()) defaults.addExtraLib(file.content, file.path);
  defaults.addExtraLib(globals.LEARNER_GLOBALS_DTS, globals.LEARNER_GLOBALS_PATH);
  return monaco;
}

/** Loads Monaco once (later calls share the same promise). */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
