package com.yuyang.traffic.enforcement.measure;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Read side of the measures catalogue (online form {@code enforcement_measure}, maintained by admins through the
 * generic form pages). Only active, not deleted entries can be chosen.
 */
@Component
public class MeasureCatalog {

    public record Entry(long id, String name, MeasureType type, BigDecimal amountMin, BigDecimal amountMax,
                        Integer maxDurationDays, String legalBasis) {
    }

    private static final String SELECT = "SELECT id, name, measure_type, amount_min, amount_max, max_duration_days,"
            + " legal_basis FROM enforcement_measure WHERE del_flag = 0 AND status = 'ACTIVE'"
            + " AND measure_type IN ('FINE', 'SUSPENSION', 'REVOCATION', 'POLICE_REFERRAL')";

    private final NamedParameterJdbcTemplate jdbc;

    public MeasureCatalog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> active(long id) {
        return jdbc.query(SELECT + " AND id = :id", new MapSqlParameterSource("id", id), (rs, i) -> entry(rs))
                .stream().findFirst();
    }

    public List<Entry> activeEntries() {
        return jdbc.query(SELECT + " ORDER BY sort_no, id", (rs, i) -> entry(rs));
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        int days = rs.getInt("max_duration_days");
        Integer maxDays = rs.wasNull() ? null : days;
        return new Entry(rs.getLong("id"), rs.getString("name"), MeasureType.of(rs.getString("measure_type")),
                rs.getBigDecimal("amount_min"), rs.getBigDecimal("amount_max"), maxDays, rs.getString("legal_basis"));
    }
}
