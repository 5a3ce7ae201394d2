package org.balise.hazard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.balise.hazard.AreaStatus;
import org.balise.hazard.AreaType;
import org.balise.hazard.internal.HazardRepository.AreaFilter;
import org.balise.shared.ordnance.DeviceCategory;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class AreaIndexTests {

    /** A 0.1° square whose south-west corner is at (west, south). */
    private static AreaIndex.Row square(long id, double west, double south, String adm1, AreaType type, AreaStatus status,
            DeviceCategory... categories) {
        return new AreaIndex.Row(id, west, south, west + 0.1, south + 0.1, adm1, type, status, Set.of(categories));
    }

    private static final AreaIndex INDEX = AreaIndex.of(List.of(
            square(1, 0.0, 14.0, "ML05", AreaType.SHA, AreaStatus.OPEN, DeviceCategory.AP_MINE),
            square(3, 0.2, 14.0, "ML05", AreaType.CHA, AreaStatus.WORKED_ON, DeviceCategory.AP_MINE, DeviceCategory.UXO),
            square(2, 0.4, 14.0, "ML07", AreaType.SHA, AreaStatus.CLOSED, DeviceCategory.UXO),
            square(5, 0.6, 14.0, null, AreaType.SHA, AreaStatus.OPEN),
            square(4, 5.0, 20.0, "ML08", AreaType.SHA, AreaStatus.OPEN, DeviceCategory.UXO)), 1);

    private static AreaFilter inView(Envelope bbox) {
        return new AreaFilter(bbox, Set.of(), null, null, null, null);
    }

    private static final Envelope ROW_OF_FOUR = new Envelope(-1, 1, 13.5, 14.5);

    @Test
    void findsTheAreasWhoseBoxMeetsTheViewNewestFirst() {
        assertThat(INDEX.find(inView(ROW_OF_FOUR), 10, 0)).isEqualTo(new AreaIndex.Page(List.of(5L, 3L, 2L, 1L), 4));
        // Boxes meet when they share only an edge, as in the database's query.
        assertThat(INDEX.find(inView(new Envelope(0.1, 0.15, 14.1, 14.2)), 10, 0).ids()).containsExactly(1L);
        assertThat(INDEX.find(inView(new Envelope(0.11, 0.19, 14.0, 14.1)), 10, 0)).isEqualTo(new AreaIndex.Page(List.of(), 0));
        assertThat(INDEX.size()).isEqualTo(5);
    }

    @Test
    void aPageCountsEveryMatchingAreaAndHoldsOnlyItsWindow() {
        assertThat(INDEX.find(inView(ROW_OF_FOUR), 2, 0)).isEqualTo(new AreaIndex.Page(List.of(5L, 3L), 4));
        assertThat(INDEX.find(inView(ROW_OF_FOUR), 2, 1)).isEqualTo(new AreaIndex.Page(List.of(3L, 2L), 4));
        assertThat(INDEX.find(inView(ROW_OF_FOUR), 2, 4)).isEqualTo(new AreaIndex.Page(List.of(), 4));
    }

    @Test
    void aReaderLimitedToRegionsNeverSeesAnAreaWithoutOne() {
        AreaFilter mopti = new AreaFilter(ROW_OF_FOUR, Set.of("ML05"), null, null, null, null);
        AreaFilter moptiAndSegou = new AreaFilter(ROW_OF_FOUR, Set.of("ML05", "ML07"), "ML07", null, null, null);
        AreaFilter askingOutsideItsScope = new AreaFilter(ROW_OF_FOUR, Set.of("ML05"), "ML07", null, null, null);
        AreaFilter unknownRegion = new AreaFilter(ROW_OF_FOUR, Set.of(), "ML99", null, null, null);

        assertThat(INDEX.find(mopti, 10, 0).ids()).containsExactly(3L, 1L);
        assertThat(INDEX.find(moptiAndSegou, 10, 0).ids()).containsExactly(2L);
        assertThat(INDEX.find(askingOutsideItsScope, 10, 0).total()).isZero();
        assertThat(INDEX.find(unknownRegion, 10, 0).total()).isZero();
    }

    @Test
    void typeStatusAndOneDeviceCategoryFilterTogether() {
        AreaFilter uxo = new AreaFilter(ROW_OF_FOUR, Set.of(), null, null, null, DeviceCategory.UXO);
        AreaFilter openSha = new AreaFilter(ROW_OF_FOUR, Set.of(), null, AreaType.SHA, AreaStatus.OPEN, null);
        AreaFilter chaOfApMines = new AreaFilter(ROW_OF_FOUR, Set.of(), null, AreaType.CHA, null, DeviceCategory.AP_MINE);

        assertThat(INDEX.find(uxo, 10, 0).ids()).containsExactly(3L, 2L);
        assertThat(INDEX.find(openSha, 10, 0).ids()).containsExactly(5L, 1L);
        assertThat(INDEX.find(chaOfApMines, 10, 0).ids()).containsExactly(3L);
    }

    @Test
    void changedAreasReplaceTheirRowsAndNewOnesTakeTheirPlaceByAge() {
        AreaIndex next = INDEX.with(List.of(
                square(3, 0.2, 14.0, "ML05", AreaType.CHA, AreaStatus.CLOSED, DeviceCategory.UXO),
                square(9, 0.8, 14.0, "ML10", AreaType.SHA, AreaStatus.OPEN),
                // Moved into the view; then one older than every area, committed after they were indexed.
                square(4, 0.9, 14.0, "ML05", AreaType.SHA, AreaStatus.OPEN),
                square(0, 0.9, 14.0, "ML05", AreaType.SHA, AreaStatus.OPEN)), 2);

        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.size()).isEqualTo(7);
        assertThat(next.find(inView(ROW_OF_FOUR), 10, 0).ids()).containsExactly(9L, 5L, 4L, 3L, 2L, 1L, 0L);
        assertThat(next.find(new AreaFilter(ROW_OF_FOUR, Set.of(), null, null, AreaStatus.CLOSED, null), 10, 0).ids())
                .containsExactly(3L, 2L);
        assertThat(next.find(new AreaFilter(ROW_OF_FOUR, Set.of("ML10"), null, null, null, null), 10, 0).ids()).containsExactly(9L);
        AreaIndex gap = AreaIndex.of(List.of(square(10, 0, 14, "ML05", AreaType.SHA, AreaStatus.OPEN),
                square(8, 0, 14, "ML05", AreaType.SHA, AreaStatus.OPEN)), 1);
        assertThat(gap.with(List.of(square(9, 0, 14, "ML05", AreaType.SHA, AreaStatus.OPEN)), 2).find(inView(ROW_OF_FOUR), 10, 0).ids())
                .containsExactly(10L, 9L, 8L);
        // The index it came from is unchanged.
        assertThat(INDEX.find(inView(ROW_OF_FOUR), 10, 0).ids()).containsExactly(5L, 3L, 2L, 1L);
        assertThat(INDEX.revision()).isEqualTo(1);
    }

    @Test
    void withoutAViewTheListHoldsEveryAreaThatPassesTheOtherFilters() {
        assertThat(INDEX.find(inView(null), 10, 0)).isEqualTo(new AreaIndex.Page(List.of(5L, 4L, 3L, 2L, 1L), 5));
        assertThat(INDEX.find(new AreaFilter(null, Set.of(), null, null, AreaStatus.OPEN, DeviceCategory.UXO), 10, 0).ids())
                .containsExactly(4L);
        assertThat(AreaIndex.of(List.of(), 1).find(inView(ROW_OF_FOUR), 10, 0)).isEqualTo(new AreaIndex.Page(List.of(), 0));
    }
}
