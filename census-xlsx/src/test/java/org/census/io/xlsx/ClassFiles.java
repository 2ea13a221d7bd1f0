package org.census.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What compiled code names: checks that hold of the code itself, whatever path a test would take through it. */
public final class ClassFiles {
    private ClassFiles() {
    }

    /**
     * Whether a class file's constant pool holds {@code name}: every class, method and field a class uses is
     * named there, once, as a UTF-8 entry (tag 1, then its length in two bytes).
     */
    public static boolean names(byte[] classFile, String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[utf8.length + 3];
        entry[0] = 1;
        entry[1] = (byte) (utf8.length >> 8);
        entry[2] = (byte) utf8.length;
        System.arraycopy(utf8, 0, entry, 3, utf8.length);
        for (int i = 0; i + entry.length <= classFile.length; i++) {
            if (Arrays.equals(classFile, i, i + entry.length, entry, 0, entry.length)) {
                return true;
            }
        }
        return false;
    }

    /** The class file of a class (a top-level or nested one), as compiled. */
    public static byte[] of(Class<?> type) throws IOException {
        String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            return in.readAllBytes();
        }
    }
}
