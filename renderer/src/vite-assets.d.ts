// Vite's `?url` imports: the file is emitted into the build and the import is its URL (same origin).
declare module '*?url' {
  const url: string;
  export default url;
}
