/**
 * Backup and restore of an instance on H2: the database as a logical script (H2's {@code SCRIPT}) and the
 * stored files, in one zip; {@code java -jar balise.jar backup|restore} runs without the web server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.balise.backup;
