package org.census.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;

import org.census.io.CensusFiles;
import org.census.io.ProgressListener;
import org.census.io.spi.CensusSink;
import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;
import org.census.overview.Breakdown;
import org.census.overview.Dimension;
import org.census.overview.Overview;
import org.census.overview.OverviewAccumulator;
import org.census.overview.Reconciliation;

/**
 * Everything the overview shows, computed in one pass over the partnerships: from a census in memory, or streamed
 * from a file one partnership at a time, so that the overview of a census too large for the heap still runs.
 *
 * @param header         the census without its partnerships (edition, stated figures, solidarity fund)
 * @param asOf           the snapshot date, if any
 * @param overview       the overview of the forms (of the snapshot, when there is one)
 * @param breakdowns     the breakdowns asked for
 * @param reconciliation the printed figures beside the computed ones
 */
record OverviewData(CensusHeader header, Optional<LocalDate> asOf, Overview overview, Map<Dimension, Breakdown> breakdowns,
                    Reconciliation reconciliation) {

    static OverviewData of(Census census, Optional<LocalDate> asOf, List<Dimension> dimensions) {
        Pass pass = new Pass(asOf, dimensions);
        pass.census(census);
        return pass.result();
    }

    /** The CENSUS argument: the bundled census, JSON on standard input, or a file streamed. */
    static OverviewData load(CommandSpec spec, String argument, Optional<LocalDate> asOf, List<Dimension> dimensions) {
        if (argument == null || argument.equals("-")) {
            return of(CensusInput.load(spec, argument, Optional.empty(), ProgressListener.NONE), asOf, dimensions);
        }
        Path file = CensusInput.existingFile(argument, CensusCommand.file(spec, argument));
        Pass pass = new Pass(asOf, dimensions);
        ProgressListener progress = Progress.forTerminal();
        try {
            CensusFiles.installed().read(file, Optional.empty(), pass, progress);
        } finally {
            Progress.close(progress);
        }
        return pass.result();
    }


    /** One pass: the overview of all forms (for the reconciliation), of the snapshot, and the breakdowns. */
    private static final class Pass implements CensusSink {
        private final Optional<LocalDate> asOf;
        private final List<Dimension> dimensions;
        private final OverviewAccumulator all = new OverviewAccumulator(Optional.empty());
        private final OverviewAccumulator snapshot;
        private final Map<Dimension, Breakdown.Accumulator> breakdowns = new EnumMap<>(Dimension.class);
        private OverviewData result;

        Pass(Optional<LocalDate> asOf, List<Dimension> dimensions) {
            this.asOf = asOf;
            this.dimensions = dimensions;
            this.snapshot = new OverviewAccumulator(asOf);
        }

        @Override
        public void start(CensusHeader header) {
            for (Dimension d : dimensions) {
                breakdowns.put(d, new Breakdown.Accumulator(header.edition(), d));
            }
        }

        @Override
        public void partnership(Partnership p) {
            all.add(p);
            if (snapshot.add(p)) {
                breakdowns.values().forEach(b -> b.add(p));
            }
        }

        @Override
        public void end(CensusHeader header) {
            Overview overviewAll = all.overview(header.solidarityFund());
            Overview overviewSnapshot = snapshot.overview(header.solidarityFund());
            Map<Dimension, Breakdown> done = new EnumMap<>(Dimension.class);
            breakdowns.forEach((d, b) -> done.put(d, b.breakdown()));
            result = new OverviewData(header, asOf, asOf.isPresent() ? overviewSnapshot : overviewAll, Map.copyOf(done),
                    Reconciliation.of(header.statedFigures(), overviewAll,
                            asOf.map(d -> overviewSnapshot), asOf));
        }

        OverviewData result() {
            if (result == null) {
                throw new IllegalStateException("the census ended before its end");
            }
            return result;
        }
    }
}
