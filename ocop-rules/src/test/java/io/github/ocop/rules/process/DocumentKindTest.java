package io.github.ocop.rules.process;

import io.github.ocop.core.text.Messages;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.process.Dossier;
import io.github.ocop.core.process.DossierRequirements;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentKindTest {
    private static final DossierRequirements FIRST_COMMUNE =
            DossierRequirements.of(Bundled.QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "I");

    @Test
    void anUnknownDocumentKindIsAClearErrorListingTheAcceptedValues() {
        assertThatThrownBy(() -> Dossier.ofIds(Bundled.QD26, FIRST_COMMUNE, List.of("giay-phep-bay")))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage()).startsWith("unknown document 'giay-phep-bay' in rule set qd-26-2026;"
                            + " accepted values: ").contains("registration-form");
                    assertThat(e.getMessage(Messages.VIETNAMESE)).startsWith("bộ tiêu chí qd-26-2026 không có giấy tờ"
                            + " 'giay-phep-bay'; cần một trong: ").contains("registration-form");
                });
    }

    @Test
    void documentIdsAreTrimmed() {
        assertThat(Dossier.ofIds(Bundled.QD26, FIRST_COMMUNE, List.of(" registration-form ")).documents())
                .containsExactly(Bundled.QD26.process().document("registration-form").orElseThrow());
    }

    @Test
    void theRegistrationFormIsMau01OfAnnexIII() {
        assertThat(Bundled.QD26.process().document("registration-form").orElseThrow().vietnamese())
                .isEqualTo("Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP (Mẫu số 01 Phụ lục III)");
    }
}
