/**
 * Mine action survey and land release: hazardous areas (suspected and confirmed), their evidence, device
 * categories, blocked land use and beneficiaries, land release (cancelled, reduced, cleared) and the history of
 * every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hazard")
package org.balise.hazard;
