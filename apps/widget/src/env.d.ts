// The build (build.mjs) inlines CSS files as minified strings for the shadow root.
declare module '*.css' {
  const css: string;
  export default css;
}
