package io.github.ocop.rules;

import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation tests run twice (see the surefire executions of this module's pom): with the Hibernate Validator 9
 * of the build (Spring Boot 4, Quarkus 3) and with Hibernate Validator 8 and Jakarta Validation 3.0 (Spring Boot 3.5).
 * This test proves which one a run used, so that the second run cannot silently test version 9 again.
 */
class HibernateValidatorVersionTest {
    @Test
    void theRunUsesTheHibernateValidatorItIsMeantToTest() {
        String expected = System.getProperty("ocop.expectedHibernateValidator", "9.");
        assertThat(jar(HibernateValidator.class)).startsWith("hibernate-validator-" + expected);
        assertThat(jar(Validation.class))
                .startsWith("jakarta.validation-api-" + (expected.equals("8.") ? "3.0." : "3.1."));
    }

    /** @return the file name of the jar a class was loaded from (with its version, as Maven names it) */
    private static String jar(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().replaceAll(".*/", "");
    }
}
