package org.census.io;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.census.CensusException;
import org.census.io.spi.CensusSink;
import org.census.model.Census;
import org.census.model.Partnership;

/**
 * Runs a reader on a thread of its own and hands what it reads to a writer on the caller's thread, through a short
 * queue: reading (inflating, parsing XML, parsing texts) and writing overlap on two cores, and memory stays bounded.
 */
final class SinkPipe {
    private static final int CAPACITY = 256;

    private record Event(int kind, Object value) {
    }

    private static final int START = 0;
    private static final int PARTNERSHIP = 1;
    private static final int END = 2;
    private static final int FAILED = 3;
    private static final int FINISHED = 4;

    private SinkPipe() {
    }

    /** Marks the reader's thread as stopped because the writer failed. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    static void pipe(Consumer<CensusSink> reader, CensusSink writer) {
        BlockingQueue<Event> queue = new ArrayBlockingQueue<>(CAPACITY);
        AtomicBoolean cancelled = new AtomicBoolean();
        CensusSink handOff = new CensusSink() {
            @Override
            public void start(Census header) {
                put(new Event(START, header));
            }

            @Override
            public void partnership(Partnership partnership) {
                put(new Event(PARTNERSHIP, partnership));
            }

            @Override
            public void end(Census header) {
                put(new Event(END, header));
            }

            private void put(Event e) {
                try {
                    while (!queue.offer(e, 100, TimeUnit.MILLISECONDS)) {
                        if (cancelled.get()) {
                            throw new Cancelled();
                        }
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new Cancelled();
                }
            }
        };
        Thread thread = new Thread(() -> {
            Event last;
            try {
                reader.accept(handOff);
                last = new Event(FINISHED, null);
            } catch (Cancelled e) {
                return;
            } catch (RuntimeException | Error e) {
                last = new Event(FAILED, e);
            }
            try {
                while (!queue.offer(last, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled.get()) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "census-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Event e = queue.take();
                switch (e.kind()) {
                    case START -> writer.start((Census) e.value());
                    case PARTNERSHIP -> writer.partnership((Partnership) e.value());
                    case END -> writer.end((Census) e.value());
                    case FAILED -> {
                        if (e.value() instanceof RuntimeException r) {
                            throw r;
                        }
                        throw (Error) e.value();
                    }
                    default -> {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CensusException("interrupted", e);
        } finally {
            cancelled.set(true);
            queue.clear();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
