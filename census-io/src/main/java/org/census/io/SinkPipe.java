package org.census.io;

import java.util.function.Consumer;

import org.census.io.internal.ReadAhead;
import org.census.io.spi.CensusSink;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

/**
 * Runs a reader on a thread of its own and hands what it reads to a writer on the caller's thread ({@link ReadAhead}):
 * reading (inflating, parsing XML, parsing texts) and writing overlap on two cores, and memory stays bounded.
 */
final class SinkPipe {
    private static final int CAPACITY = 256;

    private enum Kind { START, PARTNERSHIP, WARNING, END }

    private record Event(Kind kind, Object value) {
    }

    private SinkPipe() {
    }

    static void pipe(Consumer<CensusSink> reader, CensusSink writer) {
        try (ReadAhead<Event> events = new ReadAhead<>("census-reader", CAPACITY, out -> reader.accept(
                new CensusSink() {
                    @Override
                    public void start(CensusHeader header) {
                        out.put(new Event(Kind.START, header));
                    }

                    @Override
                    public void partnership(Partnership partnership) {
                        out.put(new Event(Kind.PARTNERSHIP, partnership));
                    }

                    @Override
                    public void warning(String message) {
                        out.put(new Event(Kind.WARNING, message));
                    }

                    @Override
                    public void end(CensusHeader header) {
                        out.put(new Event(Kind.END, header));
                    }
                }))) {
            for (Event e = events.next(); e != null; e = events.next()) {
                switch (e.kind()) {
                    case START -> writer.start((CensusHeader) e.value());
                    case PARTNERSHIP -> writer.partnership((Partnership) e.value());
                    case WARNING -> writer.warning((String) e.value());
                    case END -> writer.end((CensusHeader) e.value());
                }
            }
        }
    }
}
