export declare const githubSlug: (text: string) => string;
export declare const headingSlug: (markdown: string) => string;
