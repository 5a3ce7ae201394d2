package org.balise.shared;

import java.util.List;
import java.util.function.LongSupplier;

/** A page of a list with the total number of matching items: {@code {"items": [...], "total": n}}. */
public record ListPage<T>(List<T> items, long total) {

    /**
     * A page read with {@code page}, counting only when needed: a page that is not full is the end of the list, so
     * the total is the page's offset plus its items (unless it is empty past the first page, when the offset may lie
     * beyond the end).
     */
    public static <T> ListPage<T> of(List<T> items, PageRequest page, LongSupplier count) {
        boolean last = items.size() < page.limit() && (!items.isEmpty() || page.offset() == 0);
        return new ListPage<>(items, last ? page.offset() + items.size() : count.getAsLong());
    }
}
