package org.balise;

import java.util.Arrays;
import org.balise.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BaliseApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args, System.getenv(), System.out));
        }
        SpringApplication.run(BaliseApplication.class, withDemoFlag(args));
    }

    /** {@code --demo} is the documented switch; the modules read it as the setting {@code balise.demo}. */
    static String[] withDemoFlag(String[] args) {
        return Arrays.stream(args).map(arg -> "--demo".equals(arg) ? "--balise.demo=true" : arg).toArray(String[]::new);
    }
}
