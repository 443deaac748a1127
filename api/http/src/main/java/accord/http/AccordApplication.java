package accord.http;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Accord service: one deployable that runs the write side, the read side and the HTTP API.
 * Component scanning starts at {@code accord} so that the command and query modules contribute
 * their own configuration.
 */
@SpringBootApplication(scanBasePackages = "accord")
public class AccordApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccordApplication.class, args);
    }
}
