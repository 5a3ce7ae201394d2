/**
 * Explosive ordnance risk education (EORE): sessions with their beneficiaries by sex and age, the people reached
 * without counting a group twice, and targets per region and quarter against what was achieved.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Education")
package org.balise.education;
