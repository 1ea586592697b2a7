// uPlot's stylesheet, in its own module so that importing this module lazily loads the CSS lazily.
import 'uplot/dist/uPlot.min.css';
