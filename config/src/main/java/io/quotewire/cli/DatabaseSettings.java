package io.quotewire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.yaml.snakeyaml.Yaml;

/**
 * The database URL, user and password as Spring Boot would resolve them, without starting Spring: for the commands
 * that only read, which must start in well under the seconds the Spring application takes.
 *
 * <p>Precedence, highest first, as Spring Boot's: {@code --spring.datasource.*=} arguments, JVM system properties,
 * environment variables (relaxed: {@code SPRING_DATASOURCE_URL}), {@code config/application.properties|yml} and
 * {@code application.properties|yml} in the working directory, then the jar's {@code application.yml}. Profiles,
 * {@code spring.config.location} and placeholders are not followed (README: Querying).
 *
 * @param url      the JDBC URL
 * @param user     the user name
 * @param password the password when one is given; empty means "the generated one" for an H2 file database
 */
public record DatabaseSettings(String url, String user, Optional<String> password) {
    static final String URL = "spring.datasource.url";
    static final String USER = "spring.datasource.username";
    static final String PASSWORD = "spring.datasource.password";

    /** The settings of this process: its arguments, system properties, environment and configuration files. */
    public static DatabaseSettings resolve(List<String> springArgs) {
        return resolve(springArgs, System.getProperties(), System.getenv(), Path.of(""));
    }

    static DatabaseSettings resolve(List<String> springArgs, Properties system, Map<String, String> env, Path workDir) {
        List<Map<String, String>> sources = new ArrayList<>();
        sources.add(arguments(springArgs));
        Map<String, String> sys = new java.util.HashMap<>();
        for (String name : List.of(URL, USER, PASSWORD)) {
            if (system.getProperty(name) != null) {
                sys.put(name, system.getProperty(name));
            }
        }
        sources.add(sys);
        Map<String, String> environment = new java.util.HashMap<>();
        for (String name : List.of(URL, USER, PASSWORD)) {
            String value = env.get(name.toUpperCase(Locale.ROOT).replace('.', '_'));
            if (value != null) {
                environment.put(name, value);
            }
        }
        sources.add(environment);
        // Spring Boot: config/ over the working directory, .properties over .yml in one place
        for (String dir : List.of("config/", "")) {
            sources.add(properties(workDir.resolve(dir + "application.properties")));
            sources.add(yaml(workDir.resolve(dir + "application.yml")));
            sources.add(yaml(workDir.resolve(dir + "application.yaml")));
        }
        sources.add(bundledYaml());
        String url = first(sources, URL).orElse("jdbc:h2:file:./data/quotewire;AUTO_SERVER=TRUE");
        String user = first(sources, USER).orElse("sa");
        return new DatabaseSettings(url, user, first(sources, PASSWORD));
    }

    private static Optional<String> first(List<Map<String, String>> sources, String name) {
        return sources.stream().filter(s -> s.containsKey(name)).map(s -> s.get(name)).findFirst();
    }

    private static Map<String, String> arguments(List<String> springArgs) {
        Map<String, String> args = new java.util.HashMap<>();
        for (String arg : springArgs) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                args.put(arg.substring(2, eq), arg.substring(eq + 1));   // the last one wins, as in Spring
            }
        }
        return args;
    }

    private static Map<String, String> properties(Path file) {
        Map<String, String> found = new java.util.HashMap<>();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new CommandException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
            }
            p.stringPropertyNames().forEach(n -> found.put(n, p.getProperty(n)));
        }
        return found;
    }

    private static Map<String, String> yaml(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return flatten(in);
        } catch (IOException | RuntimeException e) {
            throw new CommandException(ExitCodes.USAGE, "cannot read " + file + ": " + SpringLauncher.firstLine(
                    String.valueOf(e.getMessage())));
        }
    }

    /**
     * The jar's own application.yml, read by {@link #simpleYaml}: loading SnakeYAML costs these commands about 0.3 s,
     * and the file is ours (plain nested keys; a test holds both readings equal).
     */
    private static Map<String, String> bundledYaml() {
        try (InputStream in = DatabaseSettings.class.getResourceAsStream("/application.yml")) {
            return in == null ? Map.of() : simpleYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The datasource settings of YAML made of nested {@code key: value} lines and comments only. */
    static Map<String, String> simpleYaml(String text) {
        Map<String, String> found = new java.util.HashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (String line : text.split("\n")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(content);
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            int colon = content.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = content.substring(0, colon).strip();
            String value = content.substring(colon + 1);
            int comment = value.indexOf(" #");
            value = (comment < 0 ? value : value.substring(0, comment)).strip();
            path.add(key);
            indents.add(indent);
            String name = String.join(".", path);
            if (!value.isEmpty() && List.of(URL, USER, PASSWORD).contains(name)) {
                found.put(name, value);
            }
        }
        return found;
    }

    /** SnakeYAML's reading of the jar's application.yml, for the test that holds {@link #simpleYaml} to it. */
    static Map<String, String> bundledYamlBySnakeYaml() {
        try (InputStream in = DatabaseSettings.class.getResourceAsStream("/application.yml")) {
            return flatten(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The datasource settings of a YAML document, as dotted names. */
    private static Map<String, String> flatten(InputStream in) {
        Map<String, String> found = new java.util.HashMap<>();
        Object doc = new Yaml().load(in);
        if (doc instanceof Map<?, ?> root && root.get("spring") instanceof Map<?, ?> spring) {
            Object ds = spring.get("datasource");
            if (ds instanceof Map<?, ?> datasource) {
                put(found, URL, datasource.get("url"));
                put(found, USER, datasource.get("username"));
                put(found, PASSWORD, datasource.get("password"));
            }
        }
        if (doc instanceof Map<?, ?> root) {
            for (String name : List.of(URL, USER, PASSWORD)) {
                put(found, name, root.get(name));   // dotted keys at the top level are allowed too
            }
        }
        return found;
    }

    private static void put(Map<String, String> into, String name, Object value) {
        if (value != null && !into.containsKey(name)) {
            into.put(name, String.valueOf(value));
        }
    }
}
