package io.quotewire;

import io.quotewire.cli.QuotewireCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The quotewire command line: parses the command, then starts Spring only for what needs it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuotewireApplication {

    public static void main(String[] args) {
        System.exit(new QuotewireCli(QuotewireApplication.class).execute(args));
    }
}
