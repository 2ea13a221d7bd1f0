package org.census.model;

import java.util.List;

import org.census.CensusLimits;

/**
 * The characters of a record's texts, held to {@link CensusLimits#MAX_RECORD_CHARACTERS}: what the readers refuse
 * beyond, the model refuses too, so that every census it holds can be written and read back.
 */
final class RecordSize {
    private long characters;

    RecordSize add(String text) {
        characters += text.length();
        return this;
    }

    RecordSize addAll(List<String> texts) {
        texts.forEach(this::add);
        return this;
    }

    RecordSize party(Party p) {
        add(p.name()).add(p.raw());
        p.place().forEach(level -> add(level.level()).add(level.name()));
        p.country().ifPresent(this::add);
        return this;
    }

    RecordSize contact(Contact c) {
        return add(c.name()).add(c.role()).add(c.raw());
    }

    RecordSize action(Action a) {
        return add(a.number()).add(a.domain().raw()).add(a.description()).add(a.period().raw())
                .add(a.budget().raw()).add(a.note());
    }

    RecordSize donors(List<Donor> donors) {
        donors.forEach(d -> add(d.name()).add(d.amount().raw()));
        return this;
    }

    RecordSize figures(List<StatedFigure> figures) {
        figures.forEach(f -> add(f.figure()).add(f.raw()));
        return this;
    }

    /** Throws, naming the record, if its texts pass the limit. */
    void require(String what) {
        if (characters > CensusLimits.MAX_RECORD_CHARACTERS) {
            throw new IllegalArgumentException(what + ": " + characters + " characters of text, more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", CensusLimits.MAX_RECORD_CHARACTERS)
                    + " a census holds in one record");
        }
    }
}
