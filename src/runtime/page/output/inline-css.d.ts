// Vite's `?inline` suffix imports a CSS file as a string (declared here for `tsc` runs without vite/client types).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
