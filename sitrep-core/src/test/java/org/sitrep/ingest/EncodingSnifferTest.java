package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingSnifferTest {

    /** Bytes at the edges of UTF-8's ranges, where a validator goes wrong if it does. */
    private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    private static boolean jdkDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"41e282ac, true", "c380, true", "f09f9880, true", "f48fbfbf, true", "c080, false", "e08080, false",
        "eda080, false", "f4908080, false", "e282, false", "80, false", "f5808080, false", "'', true"})
    void acceptsOnlyWellFormedSequences(String hex, boolean valid) {
        assertThat(EncodingSniffer.isValidUtf8(HexFormat.of().parseHex(hex))).isEqualTo(valid);
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(20261124);
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[random.nextInt(7)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : EDGES[random.nextInt(EDGES.length)]);
            }
            assertThat(EncodingSniffer.isValidUtf8(bytes)).as(HexFormat.of().formatHex(bytes)).isEqualTo(jdkDecodes(bytes));
        }
    }
}
