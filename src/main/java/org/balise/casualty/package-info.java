/**
 * Explosive ordnance accidents and their victims, counted as the Landmine Monitor counts them. Victims' names,
 * phone numbers and dates of birth are personal data: only IM officers and admins see them, and every such read
 * is audited. Refers to hazardous areas by reference only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casualty")
package org.balise.casualty;
