package org.census.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's embedding snippet is the example the build compiles and runs, not a copy that can rot. */
class ReadmeTest {
    @Test
    void embeddingSnippetIsTheCompiledExample() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String example = Files.readString(Path.of("src/main/java/org/census/examples/PrintOverview.java"),
                StandardCharsets.UTF_8);
        assertThat(readme).contains("```java\n" + example + "```");
    }
}
