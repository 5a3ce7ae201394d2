package org.balise.prioritisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.prioritisation.Factor;
import org.balise.prioritisation.Scenario;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** All SQL of the prioritisation module. */
@Repository
public class ScenarioRepository {

    private static final TypeReference<Map<String, Double>> WEIGHTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScenarioRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Scenario> all() {
        return jdbc.sql("SELECT * FROM pri_scenario ORDER BY is_default DESC, name").query(this::scenario).list();
    }

    public Optional<Scenario> find(String name) {
        return jdbc.sql("SELECT * FROM pri_scenario WHERE name = :name").param("name", name).query(this::scenario).optional();
    }

    public Optional<Scenario> findDefault() {
        return jdbc.sql("SELECT * FROM pri_scenario WHERE is_default").query(this::scenario).optional();
    }

    public void insert(Scenario scenario) {
        jdbc.sql("""
                INSERT INTO pri_scenario (name, description, weights, casualty_radius_km, casualty_window_months,
                    layer_buffer_metres, is_default, updated_by, updated_at)
                VALUES (:name, :description, :weights, :radius, :window, :buffer, :isDefault, :by, :at)""")
                .params(params(scenario)).update();
    }

    public void update(Scenario scenario) {
        jdbc.sql("""
                UPDATE pri_scenario SET description = :description, weights = :weights, casualty_radius_km = :radius,
                    casualty_window_months = :window, layer_buffer_metres = :buffer, updated_by = :by, updated_at = :at
                WHERE name = :name""")
                .params(params(scenario)).update();
    }

    public void makeDefault(String name) {
        jdbc.sql("UPDATE pri_scenario SET is_default = (name = :name)").param("name", name).update();
    }

    private Map<String, Object> params(Scenario scenario) {
        Map<String, Double> weights = new java.util.TreeMap<>();
        scenario.weights().forEach((factor, weight) -> weights.put(factor.name(), weight));
        return Map.of("name", scenario.name(), "description", scenario.description() == null ? "" : scenario.description(),
                "weights", json.writeValueAsString(weights), "radius", scenario.casualtyRadiusKm(),
                "window", scenario.casualtyWindowMonths(), "buffer", scenario.layerBufferMetres(),
                "isDefault", scenario.isDefault(), "by", scenario.updatedBy(),
                "at", scenario.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private Scenario scenario(ResultSet rs, int row) throws SQLException {
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        json.readValue(rs.getString("weights"), WEIGHTS).forEach((name, weight) -> {
            try {
                weights.put(Factor.valueOf(name), weight);
            } catch (IllegalArgumentException retired) {
                // A factor removed from the code no longer counts.
            }
        });
        return new Scenario(rs.getString("name"), rs.getString("description"), weights, rs.getDouble("casualty_radius_km"),
                rs.getInt("casualty_window_months"), rs.getDouble("layer_buffer_metres"), rs.getBoolean("is_default"),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
