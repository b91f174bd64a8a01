/** Types for support-page.js (CommonJS, required by webpack.config.js). */
export function supportPage(readme?: string): string;
export const SECTIONS: { heading: string; lang: string; id: string }[];
