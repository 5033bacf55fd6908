package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class Qd1048ImporterTest {

    @Test
    void rerunningTheConverterReproducesTheCheckedInFileByteForByte() throws IOException {
        String generated = Qd1048Importer.importRuleSet(Qd1048TestFiles.PLATFORM, Qd1048TestFiles.CURATED);
        byte[] checkedIn = Files.readAllBytes(Qd1048TestFiles.RULE_SET);
        assertThat(generated.getBytes(StandardCharsets.UTF_8)).isEqualTo(checkedIn);
    }

    @Test
    void outputIsPrettyPrintedWithTwoSpacesLfAndTrailingNewline() {
        String generated = Qd1048Importer.importRuleSet(Qd1048TestFiles.PLATFORM, Qd1048TestFiles.CURATED);
        assertThat(generated).startsWith("{\n  \"formatVersion\": \"2\",\n  \"id\": \"qd-1048-2019\",\n");
        assertThat(generated).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    }

    @Test
    void knockOutEffectsFollowTheNoteWording() {
        assertThat(Qd1048Importer.knockOutEffect(
                "Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc"))
                .isEqualTo("DISQUALIFIED");
        assertThat(Qd1048Importer.knockOutEffect("Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ"))
                .isEqualTo("DISQUALIFIED");
        assertThat(Qd1048Importer.knockOutEffect("Ghi chú: Nếu bị 0 Điểm, sẽ không đánh giá các bước tiếp theo"))
                .isEqualTo("NOT_EVALUATED_FURTHER");
        assertThat(Qd1048Importer.knockOutEffect(
                "Ghi chú: Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất"))
                .isEqualTo("NOT_EVALUATED_FURTHER");
        assertThat(Qd1048Importer.knockOutEffect("Ghi chú: Bản Tiêu chuẩn sản phẩm cần có phiếu kiểm nghiệm"))
                .isNull();
    }

    @Test
    void labelsSplitIntoCodeAndTitle() {
        assertThat(PlatformItemLabel.parse(" 1.TỔ CHỨC SẢN XUẤT"))
                .isEqualTo(new PlatformItemLabel("1", "TỔ CHỨC SẢN XUẤT"));
        assertThat(PlatformItemLabel.parse(" 6.2.Hình dang, kích thước"))
                .isEqualTo(new PlatformItemLabel("6.2", "Hình dang, kích thước"));
        assertThat(PlatformItemLabel.parse("9.1 Hiệu quả sử dụng chính"))
                .isEqualTo(new PlatformItemLabel("9.1", "Hiệu quả sử dụng chính"));
        assertThat(PlatformItemLabel.parse(" ")).isEqualTo(new PlatformItemLabel(null, ""));
    }
}
