package org.balise.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ListPageTests {

    private static final LongSupplier NOT_TO_BE_CALLED = () -> {
        throw new AssertionError("counted although the page ends the list");
    };

    @Test
    void aPageThatIsNotFullEndsTheListSoNothingIsCounted() {
        assertThat(ListPage.of(List.of("a", "b"), new PageRequest(50, 100), NOT_TO_BE_CALLED).total()).isEqualTo(102);
        assertThat(ListPage.of(List.of(), new PageRequest(50, 0), NOT_TO_BE_CALLED).total()).isZero();
    }

    @Test
    void aFullPageOrAnEmptyOneFurtherOnIsCounted() {
        assertThat(ListPage.of(List.of("a", "b"), new PageRequest(2, 0), () -> 7).total()).isEqualTo(7);
        assertThat(ListPage.of(List.of(), new PageRequest(50, 500), () -> 120).total()).isEqualTo(120);
    }
}
