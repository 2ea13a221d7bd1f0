package org.census.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/** Counts the bytes read and reports them, at most once per mebibyte. */
final class ProgressInputStream extends FilterInputStream {
    private static final long STEP = 1 << 20;
    private final ProgressListener listener;
    private final String phase;
    private final OptionalLong total;
    private long count;
    private long reported;

    ProgressInputStream(InputStream in, ProgressListener listener, String phase, OptionalLong total) {
        super(in);
        this.listener = listener;
        this.phase = phase;
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    private void advance(long n) {
        count += n;
        if (count - reported >= STEP) {
            reported = count;
            listener.progress(phase, count, total);
        }
    }

    long count() {
        return count;
    }

    /** Reports the final count. */
    void done() {
        listener.progress(phase, count, total);
    }
}
