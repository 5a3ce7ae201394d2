package org.balise.shared;

import java.util.List;
import java.util.function.Function;

/** A page of a list with the total number of matching items: {@code {"items": [...], "total": n}}. */
public record ListPage<T>(List<T> items, long total) {

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), total);
    }
}
