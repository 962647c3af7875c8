package com.yuyang.base.codegen;

import com.yuyang.base.online.metadata.FieldDef;

import java.util.Locale;

/** A field as templates see it: column and Java names, Java type, and its rules, already computed. */
public record GenField(String column, String property, String capitalized, String label, String javaType, boolean required,
                       Integer maxLength, String pattern, String patternMessage, String min, String max, String query,
                       boolean sortable, boolean list, boolean stringType) {

    /** @param setByMaster the foreign key of a detail: set from the master's id, so never required from the client */
    static GenField of(FieldDef f, boolean setByMaster) {
        String prop = camel(f.name());
        String javaType = switch (f.fieldType()) {
            case STRING, TEXT -> "String";
            case INT -> "Integer";
            case LONG -> "Long";
            case DECIMAL -> "BigDecimal";
            case DATE -> "LocalDate";
            case DATETIME -> "LocalDateTime";
            case BOOLEAN -> "Boolean";
        };
        return new GenField(f.name(), prop, Character.toUpperCase(prop.charAt(0)) + prop.substring(1), f.label(), javaType,
                f.mandatory() && !setByMaster, f.fieldType().name().equals("STRING") ? f.maxLength() : null, f.pattern(), f.patternMessage(),
                f.min() == null ? null : f.min().toBigInteger().toString(), f.max() == null ? null : f.max().toBigInteger().toString(),
                f.queryMode().name().toLowerCase(Locale.ROOT), f.canSort(), f.shownInList(),
                javaType.equals("String"));
    }

    static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
