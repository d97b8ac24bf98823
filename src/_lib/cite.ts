import type { Citation } from '../core/citation.js';

// Short constructors for the citations the library's own data uses. Internal only.

/** Bedfordshire CCG governing body report, 7 Sep 2017. */
export const seed000 = (section: string): Citation => ({
  document: '000_54d237cabb915ae9.txt',
  section,
});
/** Southwark CCG paper to the Health and Wellbeing Board, 4 Oct 2016. */
export const seed001 = (section: string): Citation => ({
  document: '001_90e702e51ebd935c.txt',
  section,
});
/** Cambridgeshire & Peterborough CCG report to the Health and Wellbeing Board, 2015. */
export const seed002 = (section: string): Citation => ({
  document: '002_4254f9e60152174f.txt',
  section,
});
/** Somerset LMC briefing, Sep 2016. */
export const seed003 = (section: string): Citation => ({
  document: '003_e9730ca5e7cbc14a.txt',
  section,
});
/** BMA/GPC guidance, Nov 2016. */
export const seed004 = (section: string): Citation => ({
  document: '004_e95f1a032380c329.txt',
  section,
});
/** A rule in DOMAIN.md, by its ID and section. */
export const domain = (domainId: string, section?: string): Citation =>
  section === undefined
    ? { document: 'DOMAIN.md', domainId }
    : { document: 'DOMAIN.md', domainId, section };
