package io.github.ocop.core.problem;

import io.github.ocop.core.model.CertificateRules;
import io.github.ocop.core.text.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A model constructor's refusal is an IllegalArgumentException (its documented contract) with a coded message. */
class OcopArgumentExceptionTest {
    @Test
    void certifiedStarsOfSevenAreRefusedWithACodeAndReadInBothLanguages() {
        // qd-26-2026/source.txt lines 46-47 (Điều 4 khoản 1 điểm a-b): certificates for 3, 4 and 5 stars; none for 7
        OcopArgumentException e = catchThrowableOfType(OcopArgumentException.class, () -> new CertificateRules(
                Set.of(3, 7), 36, Optional.empty(), OptionalInt.empty(), List.of("x")));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.message().code()).isEqualTo("model.certificateStars");
        assertThat(e.message().args()).containsExactly(7);
        assertThat(e.getMessage()).isEqualTo("certified stars must be 1 to 5, not 7");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.getMessage(Messages.VIETNAMESE))
                .isEqualTo("hạng sao được cấp giấy chứng nhận phải từ 1 đến 5, không phải 7");
    }
}
