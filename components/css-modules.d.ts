// CSS modules, typed for `tsc` on a clean clone too (next-env.d.ts, which declares them, is made by
// `next build` and is not committed).
declare module "*.module.css" {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
