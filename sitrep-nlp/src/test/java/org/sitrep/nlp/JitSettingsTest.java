package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JitSettings} reads HotSpot's option the right way round: the flag is named for not compiling,
 * so {@value JitSettings#OPTION} on the command line means huge methods are compiled. The build's test
 * JVMs are started with it (root pom), so this also checks that the option reaches them.
 */
class JitSettingsTest {

    @Test
    void readsWhetherHugeMethodsAreCompiledAsTheCommandLineSetIt() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean compiles = options.lastIndexOf(JitSettings.OPTION) > options.lastIndexOf("-XX:+DontCompileHugeMethods");
        assertThat(JitSettings.compilesHugeMethods()).contains(compiles);
    }
}
