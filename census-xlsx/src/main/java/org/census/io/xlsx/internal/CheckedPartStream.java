package org.census.io.xlsx.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.CRC32;

import org.census.CensusFormatException;
import org.census.Location;

/**
 * A part's inflated bytes, held to what the zip's directory says of them: no more than the size it declares (the
 * directory's limits hold only if it tells the truth), and, once read to the end, the CRC-32 it declares (a changed
 * byte in a stored part, which no inflater would notice, is refused instead of read as data).
 */
final class CheckedPartStream extends FilterInputStream {
    private final String source;
    private final String part;
    private final long declaredSize;
    private final long declaredCrc;
    private final CRC32 crc = new CRC32();
    private long count;
    private boolean checked;

    /**
     * @param declaredCrc the CRC-32 the directory gives, or -1 if it gives none (then only the size is held)
     */
    CheckedPartStream(InputStream inflating, String source, String part, long declaredSize, long declaredCrc) {
        super(inflating);
        this.source = source;
        this.part = part;
        this.declaredSize = declaredSize;
        this.declaredCrc = declaredCrc;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (count == declaredSize) {
            // Whatever the inflater still has is more than the directory declared.
            if (in.read() >= 0) {
                throw error(String.format(Locale.ROOT, "inflates to more than the %,d bytes its zip directory "
                        + "declares: the zip is damaged or forged", declaredSize));
            }
            checkCrc();
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, declaredSize - count));
        if (n < 0) {
            throw error(String.format(Locale.ROOT, "inflates to %,d bytes, fewer than the %,d its zip directory "
                    + "declares: the zip is damaged or forged", count, declaredSize));
        }
        crc.update(b, off, n);
        count += n;
        return n;
    }

    private void checkCrc() {
        if (checked || declaredCrc < 0) {
            return;
        }
        checked = true;
        if (crc.getValue() != declaredCrc) {
            throw error(String.format(Locale.ROOT, "its bytes do not match the CRC-32 its zip directory declares "
                    + "(%08x, read %08x): the zip is damaged or was changed", declaredCrc, crc.getValue()));
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are read all the same: they count towards the checksum.
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), declaredSize - count);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // Not supported: a reset would count bytes twice.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private CensusFormatException error(String problem) {
        return new CensusFormatException(source, Location.part(part), problem);
    }
}
