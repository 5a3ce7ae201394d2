package org.balise.identity;

/** A national institution (ministry, armed force, police) to which AUTHORITY users belong. */
public record Institution(long id, String name, String acronym) {
}
