package org.census.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The library's messages are one line each: the two rules for making them so, in one place. */
public final class Messages {
    private Messages() {
    }

    /** A text on one line: each line break, and the spaces around it, becomes one space. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** What an exception says, up to its first line break; its class name when it says nothing. */
    public static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf('\n');
        return (cut < 0 ? m : m.substring(0, cut)).stripTrailing();
    }

    /**
     * A text of at most {@code max} characters: a longer one keeps its beginning and ends with an ellipsis, which
     * says that more was cut (a value quoted from a file may be megabytes long).
     */
    public static String cut(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /**
     * Why a file could not be read or written, in words: a file system exception's message is the path, which the
     * caller names already.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
        }
        return firstLine(e);
    }
}
