package org.balise.shared;

import java.util.List;

/** A page of a list with the total number of matching items: {@code {"items": [...], "total": n}}. */
public record ListPage<T>(List<T> items, long total) {
}
