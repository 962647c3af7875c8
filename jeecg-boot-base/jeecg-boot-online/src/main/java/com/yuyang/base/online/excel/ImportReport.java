package com.yuyang.base.online.excel;

import java.util.List;

/**
 * Result of an import: rows read, rows written, and one entry per bad row (its spreadsheet row number and
 * per-field messages). In all-or-nothing mode a single bad row means nothing was written.
 */
public record ImportReport(String mode, int total, int imported, int failed, List<RowError> errors) {

    public record RowError(int row, java.util.Map<String, String> fields, String message) {
    }
}
