package org.census.io.table;

import org.census.model.Census;

/** A census read from a sheet, with the report of reading it. */
public record TableCensus(Census census, TableReport report) {
}
