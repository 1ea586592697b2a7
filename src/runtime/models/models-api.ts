/**
 * `models` in a code cell: `models.load(name)` gives a shipped, pretrained tf.LayersModel, read
 * from the site's own files (never from a model hub); `models.save(model, 'indexeddb://name')`
 * keeps a learner's model in the browser and `models.load('indexeddb://name')` reads it back;
 * `models.save(model, 'downloads://name')` offers it as a file in the cell's Output; and
 * `models.sizeOf(model)` counts its bytes as saved.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { DownloadMessage } from '../display/protocol.ts';
import { ModelError } from '../tools/errors.ts';
import { fetchBytesOverHttp, reasonOf, siteUrl, type SiteFiles } from '../tools/fetch-bytes.ts';
import { modelMessages } from '../tools/messages.ts';
import type { Tf } from '../tools/tf-type.ts';
import { archiveFileName, zipModelFiles } from './model-archive.ts';
import { readModelArtifacts } from './model-artifacts.ts';
import { captureArtifacts, isLayersModel, modelFilesOf, sizeOfFiles } from './model-files.ts';
import { defaultModelStore, type ModelStore } from './model-store.ts';
import { MODEL_NAMES, modelJsonPath, type ModelName } from './registry.ts';
import { isSavedModelName, parseSavedModelPath } from './saved-model-path.ts';

/** Where a learner's model can be saved: kept in the browser, or offered as a file. */
export type SaveDestination = `indexeddb://${string}` | `downloads://${string}`;

/** What `models.save` reports. */
export interface SaveResult {
  /** Where it went, as passed. */
  path: string;
  /** Bytes as saved: model.json plus weights.bin. */
  bytes: number;
  /** Bytes of the weights alone. */
  weightBytes: number;
}

/** A file the models API offers through the cell's Output (the display message without its id). */
export type OfferedDownload = Omit<DownloadMessage, 'kind' | 'id'>;

/** What the thread running the cell gives the models API beyond tfjs and the site's files. */
export interface ModelsHost {
  /** Puts a download link into the running cell's Output; absent where there is none (grading). */
  offerDownload?: ((download: OfferedDownload) => void) | undefined;
  /** Where 'indexeddb://' models live; defaults to IndexedDB in a browser, memory in node. */
  store?: ModelStore | undefined;
}

/** Largest model a cell offers as a download (the bytes travel to the page in one message). */
export const MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;

/** The `models` object of the learner API. */
export interface ModelsApi {
  /**
   * Loads a fresh copy of a pretrained model by name, or of one saved with
   * `models.save(model, 'indexeddb://name')`; the caller owns it (`model.dispose()` frees it).
   */
  load(name: ModelName | `indexeddb://${string}`): Promise<tfjs.LayersModel>;
  /** Saves a model to 'indexeddb://name' or offers it as a download with 'downloads://name'. */
  save(model: tfjs.LayersModel, where: SaveDestination): Promise<SaveResult>;
  /** Bytes of the model as saved: model.json plus weights.bin. */
  sizeOf(model: tfjs.LayersModel | tfjs.io.ModelArtifacts): Promise<number>;
  /** The shipped model names `load` accepts. */
  readonly names: readonly ModelName[];
}

const isModelName = (name: unknown): name is ModelName => typeof name === 'string' && (MODEL_NAMES as readonly string[]).includes(name);

const isArtifacts = (value: unknown): value is tfjs.io.ModelArtifacts =>
  typeof value === 'object' && value !== null && 'modelTopology' in value && 'weightSpecs' in value;

/** A full storage: IndexedDB's QuotaExceededError, or an aborted write whose message says so. */
const isQuotaError = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { name?: unknown }).name === 'QuotaExceededError' || /quota/i.test(String((error as { message?: unknown }).message)));

/** Creates the `models` API over a tfjs instance and the site's files. */
export function createModelsApi(tf: Tf, files: SiteFiles, host: ModelsHost = {}): ModelsApi {
  const fetchBytes = files.fetchBytes ?? fetchBytesOverHttp;
  let store: ModelStore | undefined = host.store;
  const theStore = () => (store ??= defaultModelStore(tf));

  async function loadShipped(name: ModelName): Promise<tfjs.LayersModel> {
    const jsonUrl = siteUrl(files.baseUrl, modelJsonPath(name));
    const artifacts = await readModelArtifacts(tf, name, jsonUrl, fetchBytes);
    try {
      // Each load makes new variables from the cached bytes: a fresh, independent model.
      return await tf.loadLayersModel({ load: async () => artifacts });
    } catch (error) {
      throw new ModelError(modelMessages.corrupt(name, jsonUrl, reasonOf(error)));
    }
  }

  async function loadSaved(name: string): Promise<tfjs.LayersModel> {
    if (!isSavedModelName(name)) throw new ModelError(modelMessages.badSavedName('models.load', name));
    const saved = theStore();
    const artifacts = await saved.load(name);
    if (!artifacts) throw new ModelError(modelMessages.notSaved(name, await saved.names(), saved.where));
    try {
      return await tf.loadLayersModel({ load: async () => artifacts });
    } catch (error) {
      throw new ModelError(modelMessages.savedCorrupt(name, reasonOf(error)));
    }
  }

  return {
    names: MODEL_NAMES,

    async load(name) {
      if (typeof name !== 'string') throw new ModelError(modelMessages.notAName(name, MODEL_NAMES));
      const path = parseSavedModelPath(name);
      if (path?.scheme === 'indexeddb') return loadSaved(path.name);
      if (path?.scheme === 'downloads') throw new ModelError(modelMessages.loadFromDownloads(path.name));
      if (!isModelName(name)) throw new ModelError(modelMessages.unknownModel(name, MODEL_NAMES));
      return loadShipped(name);
    },

    async save(model, where) {
      if (!isLayersModel(model)) throw new ModelError(modelMessages.saveNotAModel(model));
      const path = typeof where === 'string' ? parseSavedModelPath(where) : null;
      if (!path) throw new ModelError(modelMessages.saveBadDestination(where));
      if (!isSavedModelName(path.name)) throw new ModelError(modelMessages.badSavedName('models.save', path.name));
      if (path.scheme === 'downloads' && !host.offerDownload) throw new ModelError(modelMessages.downloadsNeedOutput(path.name));

      let artifacts: tfjs.io.ModelArtifacts;
      try {
        artifacts = await captureArtifacts(tf, model);
      } catch (error) {
        throw new ModelError(modelMessages.saveFailed(where, reasonOf(error)));
      }
      const modelFiles = modelFilesOf(tf, artifacts);
      const result: SaveResult = { path: where, bytes: sizeOfFiles(modelFiles), weightBytes: modelFiles.weights.byteLength };

      if (path.scheme === 'downloads') {
        if (result.bytes > MAX_DOWNLOAD_BYTES)
          throw new ModelError(modelMessages.downloadTooLarge(path.name, result.bytes, MAX_DOWNLOAD_BYTES));
        const fileName = archiveFileName(path.name);
        host.offerDownload?.({
          label: modelMessages.downloadLabel(path.name),
          fileName,
          mimeType: 'application/zip',
          bytes: zipModelFiles(path.name, modelFiles),
          description: modelMessages.downloadDescription(fileName, result.bytes),
        });
        return result;
      }
      try {
        await theStore().save(path.name, artifacts);
      } catch (error) {
        if (isQuotaError(error)) throw new ModelError(modelMessages.quotaExceeded(path.name));
        throw new ModelError(modelMessages.saveFailed(where, reasonOf(error)));
      }
      return result;
    },

    async sizeOf(model) {
      if (isArtifacts(model)) return sizeOfFiles(modelFilesOf(tf, model));
      if (!isLayersModel(model)) throw new ModelError(modelMessages.sizeOfNotAModel(model));
      return sizeOfFiles(modelFilesOf(tf, await captureArtifacts(tf, model)));
    },
  };
}
