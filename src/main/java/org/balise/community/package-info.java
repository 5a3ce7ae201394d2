/**
 * The Community Focal Points network: trained community members by community and profile, their trainings and
 * refreshers, and what they report (dangerous items, accidents), turned into hazard reports and accidents
 * through the {@code hazard} and {@code casualty} APIs and followed until cleared. Names and phone numbers are
 * personal data: only IM officers and admins see them, and every such read is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.balise.community;
