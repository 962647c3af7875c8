package com.yuyang.base.online.query;

/** One bound filter: a metadata column, an operator chosen by the field's query mode, a typed value. */
public record Condition(String column, Op op, Object value) {

    public enum Op {
        EQ("="), LIKE("LIKE"), GE(">="), LE("<=");

        final String sql;

        Op(String sql) {
            this.sql = sql;
        }
    }
}
