/** A feature's stylesheet: its class names, scoped to the file, under their kebab-case and camelCase names. */
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
