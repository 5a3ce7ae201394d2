/**
 * Admin units and populated places with their gazetteer versions, point-to-admin lookup through an in-memory
 * spatial index, place search, gazetteer imports, and coordinate parsing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.balise.geography;
