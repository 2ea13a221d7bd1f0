package org.census.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The example files the README links to are what the formats write today. */
class DocsExamplesTest {
    @Test
    void theCommittedExamplesAreWhatTheFormatsWriteToday() throws Exception {
        for (DocsExamples.Example example : DocsExamples.ALL) {
            Path file = DocsExamples.dir().resolve(example.file());
            assertThat(Files.readAllBytes(file)).as("%s is stale; regenerate it: ./mvnw -B -q -o -pl census-core,"
                    + "census-io test -Dtest=RegenerateDocsExamples -Dsurefire.failIfNoSpecifiedTests=false", file)
                    .isEqualTo(DocsExamples.make(example));
        }
    }
}
