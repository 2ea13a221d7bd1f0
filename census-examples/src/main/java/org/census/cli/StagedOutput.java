package org.census.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.census.CensusIOException;
import org.census.internal.AtomicFiles;

/**
 * The files of one run of a command that writes several (report, charts), written all or none: each is made in a
 * staging folder inside the output folder, and only once every one is made, and every target checked, are they moved
 * into place. A run that fails while making its files (a chart, a workbook, a full disk) leaves the output folder as
 * it was, the files of an earlier run included; the staging folder is removed on every exit path that reaches
 * {@link #close()}.
 */
final class StagedOutput implements AutoCloseable {
    private final Path out;
    private final Path stage;

    private StagedOutput(Path out, Path stage) {
        this.out = out;
        this.stage = stage;
    }

    /** Opens a staging folder in {@code out}, which is created if need be. */
    static StagedOutput in(Path out) {
        try {
            Files.createDirectories(out);
            return new StagedOutput(out, Files.createTempDirectory(out, ".census-staging."));
        } catch (IOException e) {
            throw new CensusIOException(out + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Where a file of the output is made: its path in the staging folder. */
    Path staged(String relative) {
        return stage.resolve(relative);
    }

    /**
     * Moves the files made (paths in the staging folder, as {@link #staged} gave them) into the output folder, in
     * order, after checking that each target may be replaced and making the folders they go in: what can be known
     * to fail fails before any file is moved.
     *
     * @return the files in the output folder
     */
    List<Path> commit(List<Path> made) {
        List<Path> targets = new ArrayList<>();
        for (Path file : made) {
            Path target = out.resolve(stage.relativize(file).toString());
            AtomicFiles.requireReplaceable(target);
            targets.add(target);
        }
        for (Path target : targets) {
            try {
                Files.createDirectories(target.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new CensusIOException(target + ": cannot write: " + e.getMessage(), e);
            }
        }
        for (int i = 0; i < made.size(); i++) {
            Path target = targets.get(i);
            try {
                // Same file system: a rename, as AtomicFiles makes each file.
                Files.move(made.get(i), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new CensusIOException(target + ": cannot write: " + e.getMessage(), e);
            }
        }
        return targets;
    }

    /** Removes the staging folder and whatever is left in it. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(stage)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Nothing of the user's is in the staging folder; what cannot be removed is only clutter.
        }
    }
}
