/** Ends a citation part with one full stop: "Feder A, et al." stays as is, "Smith J" becomes "Smith J.". */
export const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);
