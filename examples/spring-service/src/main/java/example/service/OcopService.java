package example.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A REST service that scores OCOP assessments with the ocop-rules Spring Boot starter. */
@SpringBootApplication
public class OcopService {
    public static void main(String[] args) {
        SpringApplication.run(OcopService.class, args);
    }
}
