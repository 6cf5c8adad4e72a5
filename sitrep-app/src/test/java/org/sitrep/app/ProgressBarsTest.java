package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarsTest {

    @Test
    void drawsABarPerPhaseAndPrintsMessagesOnTheirOwnLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressBars bars = new ProgressBars(err);

        bars.start("annotate", 4);
        bars.advance("annotate", 3);
        bars.println("error: in/a.html: empty file");
        bars.advance("annotate", 1);
        bars.finish("annotate");
        bars.println("sitrep: done");

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("annotate").contains("4/4");
        assertThat(out).contains("\r\u001b[Kerror: in/a.html: empty file" + System.lineSeparator());
        assertThat(out).endsWith(System.lineSeparator() + "sitrep: done" + System.lineSeparator());
    }

    @Test
    void advancingOrFinishingAPhaseThatWasNeverStartedIsHarmless() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBars bars = new ProgressBars(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bars.advance("cluster", 1);
        bars.finish("cluster");

        assertThat(bytes.size()).isZero();
    }
}
