/** Where `npm run build:wordpress` puts the plugin: the staged folder and the zip made from it. */
export const OUT_DIR = 'dist/wordpress';
export const STAGE_PATH = `${OUT_DIR}/ketamine-widgets`;
export const ZIP_PATH = `${OUT_DIR}/ketamine-widgets.zip`;
