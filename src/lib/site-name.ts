/** The archive's name, as pages, feeds and citations give it. */
export const siteName = 'Diplomatic Readouts';
