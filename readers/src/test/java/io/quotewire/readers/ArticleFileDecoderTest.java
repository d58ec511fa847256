package io.quotewire.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.ArticleInput;
import io.quotewire.core.RawArticle;
import io.quotewire.core.Rejection;
import io.quotewire.core.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFileDecoderTest {
    private final ArticleFileDecoder decoder = new ArticleFileDecoder();

    private ArticleInput decode(byte[] bytes) {
        return decoder.decode("a1", "a1.txt", bytes);
    }

    private ArticleInput decode(String text) {
        return decode(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsTheTextAfterBomAndLeadingWhitespaceWithLineEndsFolded() {
        ArticleInput input = decode("\uFEFF  \r\ndate 2020-01-03 First line.\r\n\r\nSecond\rThird\n");
        assertThat(input).isInstanceOf(RawArticle.class);
        assertThat(((RawArticle) input).text()).isEqualTo("date 2020-01-03 First line.\n\nSecond\nThird");
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() {
        assertThat(reason(decode(new byte[0]))).isEqualTo(RejectionReason.EMPTY);
        assertThat(reason(decode(" \n\r\n\t"))).isEqualTo(RejectionReason.EMPTY);
        assertThat(reason(decode("\uFEFF \n"))).isEqualTo(RejectionReason.EMPTY);
    }

    @Test
    void rejectsBinaryFiles() {
        assertThat(reason(decode(new byte[] {'d', 'a', 't', 'e', ' ', 0, 1, 2}))).isEqualTo(RejectionReason.BINARY);
        StringBuilder controls = new StringBuilder("date 2020-01-03 ");
        for (int i = 0; i < 50; i++) {
            controls.append('\u0007').append('x');
        }
        assertThat(reason(decode(controls.toString()))).isEqualTo(RejectionReason.BINARY);
    }

    @Test
    void rejectsInvalidUtf8WithAReason() {
        byte[] latin1 = "date 2020-01-03 caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        ArticleInput input = decode(latin1);
        assertThat(reason(input)).isEqualTo(RejectionReason.NOT_DECODABLE);
        assertThat(((Rejection) input).detail()).contains("UTF-8");
    }

    @Test
    void rejectsFilesWithoutADateHeader() {
        assertThat(reason(decode("The US State Department is calling on..."))).isEqualTo(RejectionReason.NO_DATE);
        assertThat(reason(decode("dated material"))).isEqualTo(RejectionReason.NO_DATE);
    }

    private static RejectionReason reason(ArticleInput input) {
        assertThat(input).isInstanceOf(Rejection.class);
        return ((Rejection) input).reason();
    }

    @Test
    void decodesUtf16AndUtf32ThatStartWithAByteOrderMark() {
        String text = "date 2020-01-01 “We will,” said José.";
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            byte[] bytes = ("\uFEFF" + text).getBytes(java.nio.charset.Charset.forName(charset));
            ArticleInput input = decode(bytes);
            assertThat(input).as(charset).isInstanceOf(RawArticle.class);
            assertThat(((RawArticle) input).text()).as(charset).isEqualTo(text);
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNotDecodableRatherThanBinary() {
        ArticleInput input = decode("date 2020-01-01 Some text.".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(reason(input)).isEqualTo(RejectionReason.NOT_DECODABLE);
        assertThat(((Rejection) input).detail()).contains("UTF-16");
    }
}
