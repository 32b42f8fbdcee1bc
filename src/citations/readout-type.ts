/**
 * What a readout is, as a citation's type of report names it (Zotero's "Report Type", RIS's M3,
 * CSL's genre): a government's own account of a meeting, published as such.
 */
export const readoutType = 'Readout';
