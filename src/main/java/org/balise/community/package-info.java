/**
 * The Community Focal Points network: trained community members by community and profile, their trainings and
 * refreshers. Names and phone numbers are personal data: only IM officers and admins see them, and every such
 * read is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.balise.community;
