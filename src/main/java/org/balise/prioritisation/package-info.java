/**
 * Explainable impact scoring of hazardous areas: score = Σ weight × factor value, from the area's own data and
 * its surroundings (settlements, recent casualties, schools, health facilities, water points, roads), with named
 * scenarios of weights that IM officers compare.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prioritisation")
package org.balise.prioritisation;
