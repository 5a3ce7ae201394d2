package org.balise.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balise.shared.export.ExportColumn.ValueType;
import org.junit.jupiter.api.Test;

class ExportTableTests {

    private static final List<ExportColumn> COLUMNS = List.of(
            new ExportColumn("reference", "Référence", null, ValueType.TEXT),
            new ExportColumn("killed", "Tués", "#affected+killed", ValueType.INTEGER),
            new ExportColumn("latitude", "Latitude", "#geo+lat", ValueType.DECIMAL),
            new ExportColumn("reported", "Date de signalement", "#date+reported", ValueType.DATE),
            new ExportColumn("cleared", "Dépolluée", null, ValueType.BOOLEAN));

    @Test
    void acceptsValuesOfTheColumnTypesAndNulls() {
        ExportTable table = new ExportTable("zones", COLUMNS, List.of(
                ExportRow.of("ZD-001", 2, 13.43, LocalDate.of(2024, 3, 15), true),
                ExportRow.of("ZD-002", 3L, null, null, null)));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).values()).containsExactly("ZD-002", 3L, null, null, null);
    }

    @Test
    void refusesARowWithTheWrongNumberOfValuesNamingTheRow() {
        List<ExportRow> rows = List.of(
                ExportRow.of("ZD-001", 2, 13.43, LocalDate.of(2024, 3, 15), true),
                ExportRow.of("ZD-002", 3, 13.5, LocalDate.of(2024, 3, 16)));

        assertThatIllegalArgumentException().isThrownBy(() -> new ExportTable("zones", COLUMNS, rows))
                .withMessage("row 2 has 4 values but the table has 5 columns");
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingRowAndColumnButNotTheValue() {
        List<ExportRow> rows = List.of(ExportRow.of("ZD-001", "Moussa Traoré", 13.43, null, null));

        assertThatIllegalArgumentException().isThrownBy(() -> new ExportTable("victims", COLUMNS, rows))
                .withMessage("row 1, column 'killed': a String is not a valid INTEGER value")
                .withMessageNotContaining("Moussa");
    }

    @Test
    void refusesDecimalsThatAreNotFinite() {
        List<ExportRow> rows = List.of(ExportRow.of("ZD-001", 2, Double.NaN, null, null));

        assertThatIllegalArgumentException().isThrownBy(() -> new ExportTable("zones", COLUMNS, rows))
                .withMessageContaining("column 'latitude'");
    }

    @Test
    void refusesTwoColumnsWithTheSameKey() {
        List<ExportColumn> columns = List.of(
                new ExportColumn("place", "Localité", "#loc+name", ValueType.TEXT),
                new ExportColumn("place", "Village", null, ValueType.TEXT));

        assertThatIllegalArgumentException().isThrownBy(() -> new ExportTable("zones", columns, List.of()))
                .withMessageContaining("'place'");
    }

    @Test
    void refusesATableWithoutNameOrColumns() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExportTable(" ", COLUMNS, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExportTable("zones", List.of(), List.of()));
    }

    @Test
    void refusesAnHxlHashtagWithoutItsHashSign() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExportColumn("place", "Localité", "loc+name", ValueType.TEXT))
                .withMessageContaining("'place'");
    }

    @Test
    void keepsItsOwnCopyOfRowsAndValues() {
        List<Object> values = new ArrayList<>(Arrays.asList("ZD-001", 2, 13.43, null, true));
        List<ExportRow> rows = new ArrayList<>(List.of(new ExportRow(values, null)));
        ExportTable table = new ExportTable("zones", COLUMNS, rows);

        values.set(0, "changed");
        rows.clear();

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst().values().getFirst()).isEqualTo("ZD-001");
        assertThatThrownBy(() -> table.rows().getFirst().values().set(0, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
