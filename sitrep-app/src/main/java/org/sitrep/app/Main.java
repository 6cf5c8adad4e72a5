package org.sitrep.app;

/** Entry point of the {@code sitrep} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
