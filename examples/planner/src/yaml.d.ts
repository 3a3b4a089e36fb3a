/** A YAML file imported as text (esbuild's `text` loader, examples/planner/build.mjs). */
declare module "*.yaml" {
  const text: string;
  export default text;
}
