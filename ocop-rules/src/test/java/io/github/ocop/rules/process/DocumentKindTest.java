package io.github.ocop.core.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentKindTest {
    @Test
    void anUnknownDocumentKindIsAClearErrorListingTheAcceptedValues() {
        assertThatThrownBy(() -> DocumentKind.parse("giay-phep-bay"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown document kind 'giay-phep-bay'; accepted values: [")
                .hasMessageContaining(DocumentKind.REGISTRATION_FORM_26.name());
    }

    @Test
    void parsingIgnoresCaseDashesAndSpaces() {
        assertThat(DocumentKind.parse(" registration form-26 ")).isEqualTo(DocumentKind.REGISTRATION_FORM_26);
    }
}
