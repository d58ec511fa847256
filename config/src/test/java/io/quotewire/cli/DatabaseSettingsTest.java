package io.quotewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only commands find the database where Spring Boot would: the same sources, in the same order. */
class DatabaseSettingsTest {
    @TempDir
    Path work;

    @Test
    void withNothingGivenTheJarsDefaultWithoutAPassword() {
        DatabaseSettings s = DatabaseSettings.resolve(List.of(), new Properties(), Map.of(), work);
        assertThat(s.url()).isEqualTo("jdbc:h2:file:./data/quotewire;AUTO_SERVER=TRUE;CACHE_SIZE=65536;WRITE_DELAY=0");
        assertThat(s.user()).isEqualTo("sa");
        assertThat(s.password()).isEmpty();
    }

    @Test
    void argumentsOverSystemPropertiesOverEnvironmentOverFiles() throws Exception {
        Files.writeString(work.resolve("application.yml"), "spring:\n  datasource:\n    url: jdbc:h2:file:/yml\n"
                + "    username: ymluser\n    password: ymlpw\n");
        Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("config/application.properties"), "spring.datasource.url=jdbc:h2:file:/props\n");
        assertThat(DatabaseSettings.resolve(List.of(), new Properties(), Map.of(), work))
                .isEqualTo(new DatabaseSettings("jdbc:h2:file:/props", "ymluser", Optional.of("ymlpw")));

        Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/q", "SPRING_DATASOURCE_PASSWORD", "envpw");
        assertThat(DatabaseSettings.resolve(List.of(), new Properties(), env, work))
                .isEqualTo(new DatabaseSettings("jdbc:postgresql://db/q", "ymluser", Optional.of("envpw")));

        Properties system = new Properties();
        system.setProperty("spring.datasource.url", "jdbc:h2:file:/system");
        assertThat(DatabaseSettings.resolve(List.of(), system, env, work).url()).isEqualTo("jdbc:h2:file:/system");

        assertThat(DatabaseSettings.resolve(List.of("--spring.datasource.url=jdbc:h2:file:/arg",
                "--spring.datasource.password="), system, env, work))
                .isEqualTo(new DatabaseSettings("jdbc:h2:file:/arg", "ymluser", Optional.of("")));
    }

    @Test
    void theJarsApplicationYmlReadsTheSameWithoutSnakeYaml() throws Exception {
        String yml;
        try (var in = DatabaseSettings.class.getResourceAsStream("/application.yml")) {
            yml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(DatabaseSettings.simpleYaml(yml)).isEqualTo(DatabaseSettings.bundledYamlBySnakeYaml())
                .containsKeys("spring.datasource.url", "spring.datasource.username");
        assertThat(DatabaseSettings.simpleYaml("spring:\n  datasource: # the database\n    url: jdbc:x # ours\n"
                + "  other:\n    url: no\nurl: no\n")).isEqualTo(Map.of("spring.datasource.url", "jdbc:x"));
    }
}
