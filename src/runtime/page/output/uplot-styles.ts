// uPlot's stylesheet, injected when this module is (lazily) imported by chart-library.ts.
import css from 'uplot/dist/uPlot.min.css?inline';
import { injectStyles } from './inject-styles';

injectStyles('uplot', css);
