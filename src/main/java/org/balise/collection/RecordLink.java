package org.balise.collection;

/**
 * A record that an approved submission produced or was linked to, or a candidate for linking: its kind
 * ("hazard-area"), its reference, a short description and the page that shows it.
 */
public record RecordLink(String kind, String reference, String description, String href) {
}
