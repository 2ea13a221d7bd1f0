package org.census.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's embedding snippets are the examples the build compiles and runs, not copies that can rot. */
class ReadmeTest {
    @ParameterizedTest
    @ValueSource(strings = {"PrintOverview", "RenderOneChart"})
    void embeddingSnippetIsTheCompiledExample(String name) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String example = Files.readString(Path.of("src/main/java/org/census/examples/" + name + ".java"),
                StandardCharsets.UTF_8);
        assertThat(readme).contains("```java\n" + example + "```");
    }
}
