package org.census.io.table;

import java.util.List;
import java.util.Optional;

/**
 * What the dry run shows: the mapping proposed for a sheet (to save and edit), each column with its header, the field
 * it maps to and how well, three sample values and what each parses to, and the report of reading the whole sheet
 * with that mapping (row shape, rows skipped, warnings, columns not read).
 */
public record TableProposal(TableMapping mapping, List<ProposedColumn> columns, TableReport report) {
    public TableProposal {
        columns = List.copyOf(columns);
    }

    /**
     * One column of the sheet.
     *
     * @param letter  its letter
     * @param header  its header in words ("" if none)
     * @param hashtag its HXL hashtag, if any
     * @param field   the field it maps to; empty when not read
     * @param score   how well its header matched the field's synonyms, 0-100
     * @param reason  why it is not read ("" when it is)
     * @param samples its first three values
     */
    public record ProposedColumn(String letter, String header, Optional<String> hashtag, Optional<TableField> field,
                                 int score, String reason, List<Sample> samples) {
        public ProposedColumn {
            samples = List.copyOf(samples);
        }
    }

    /**
     * A value of a column.
     *
     * @param row    its row
     * @param text   the cell's text
     * @param parsed what it parses to ("region Kayes", "1500 €", "2012-01-01 to 2013-12-31")
     */
    public record Sample(int row, String text, String parsed) {
    }
}
