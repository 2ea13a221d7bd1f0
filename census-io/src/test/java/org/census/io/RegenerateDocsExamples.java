package org.census.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Rewrites the README's example files, {@code docs/examples/}. Left out of the build's test run (its name does not
 * end in "Test"); run after changing a format:
 * <pre>./mvnw -B -q -o -pl census-core,census-io test -Dtest=RegenerateDocsExamples -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class RegenerateDocsExamples {
    @Test
    void regenerate() throws Exception {
        Files.createDirectories(DocsExamples.dir());
        for (DocsExamples.Example example : DocsExamples.ALL) {
            Path file = DocsExamples.dir().resolve(example.file());
            Files.write(file, DocsExamples.make(example));
            System.out.println("wrote " + file.normalize() + " (" + Files.size(file) + " bytes)");
        }
    }
}
