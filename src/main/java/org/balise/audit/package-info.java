/**
 * The audit log: an append-only record of every write, every sign-in and every read of personal or sensitive
 * data. Modules call {@link org.balise.audit.AuditLog}; this module depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.balise.audit;
