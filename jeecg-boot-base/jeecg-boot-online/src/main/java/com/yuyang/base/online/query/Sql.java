package com.yuyang.base.online.query;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** A statement with named placeholders and its bound values. */
public record Sql(String text, MapSqlParameterSource params) {
}
