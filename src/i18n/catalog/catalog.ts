/**
 * The whole message catalog, by locale and area, for the checks that walk it
 * (test/i18n/catalog.test.ts). Page code never imports this file: each area's own module
 * (e.g. src/progress/messages.ts) imports just its area, so a page carries only what it shows.
 */
import type { Locale } from '../locales';
import * as enAuthoring from './en/authoring';
import * as enBench from './en/bench';
import * as enCheck from './en/check';
import * as enDisplay from './en/display';
import * as enExercise from './en/exercise';
import * as enExpect from './en/expect';
import * as enGrader from './en/grader';
import * as enGroup from './en/group';
import * as enLoad from './en/load';
import * as enLog from './en/log';
import * as enOffline from './en/offline';
import * as enOpen from './en/open';
import * as enProgress from './en/progress';
import * as enRun from './en/run';
import * as enRuntime from './en/runtime';
import * as enService from './en/service';
import * as enShare from './en/share';
import * as enSite from './en/site';
import * as enTools from './en/tools';
import * as zhAuthoring from './zh-cn/authoring';
import * as zhBench from './zh-cn/bench';
import * as zhCheck from './zh-cn/check';
import * as zhDisplay from './zh-cn/display';
import * as zhExercise from './zh-cn/exercise';
import * as zhExpect from './zh-cn/expect';
import * as zhGrader from './zh-cn/grader';
import * as zhGroup from './zh-cn/group';
import * as zhLoad from './zh-cn/load';
import * as zhLog from './zh-cn/log';
import * as zhOffline from './zh-cn/offline';
import * as zhOpen from './zh-cn/open';
import * as zhProgress from './zh-cn/progress';
import * as zhRun from './zh-cn/run';
import * as zhRuntime from './zh-cn/runtime';
import * as zhService from './zh-cn/service';
import * as zhShare from './zh-cn/share';
import * as zhSite from './zh-cn/site';
import * as zhTools from './zh-cn/tools';

const en = {
  authoring: enAuthoring,
  bench: enBench,
  check: enCheck,
  display: enDisplay,
  exercise: enExercise,
  expect: enExpect,
  grader: enGrader,
  group: enGroup,
  load: enLoad,
  log: enLog,
  offline: enOffline,
  open: enOpen,
  progress: enProgress,
  run: enRun,
  runtime: enRuntime,
  service: enService,
  share: enShare,
  site: enSite,
  tools: enTools,
};

/** An area of the catalog: one file per locale, `src/i18n/catalog/<locale>/<area>.ts`. */
export type Area = keyof typeof en;

/** Every area of every locale. */
export const catalog: Record<Locale, Record<Area, object>> = {
  en,
  'zh-cn': {
    authoring: zhAuthoring,
    bench: zhBench,
    check: zhCheck,
    display: zhDisplay,
    exercise: zhExercise,
    expect: zhExpect,
    grader: zhGrader,
    group: zhGroup,
    load: zhLoad,
    log: zhLog,
    offline: zhOffline,
    open: zhOpen,
    progress: zhProgress,
    run: zhRun,
    runtime: zhRuntime,
    service: zhService,
    share: zhShare,
    site: zhSite,
    tools: zhTools,
  },
};
