package org.movecard.patients;

import java.util.Map;

/**
 * One data row of a patient CSV: the line it starts on and its values by lower-case column name
 * (blank cells are absent). {@code problem} is set instead when the row cannot be read as such
 * (a wrong number of fields).
 */
public record CsvRow(int line, Map<String, String> values, RowProblem problem) {
    public CsvRow {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String get(String column) {
        return values.get(column);
    }
}
