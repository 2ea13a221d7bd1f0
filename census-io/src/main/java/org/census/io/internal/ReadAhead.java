package org.census.io.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.census.CensusException;

/**
 * Items made on a thread of its own and taken in order on the caller's, through a short queue: making (reading,
 * parsing) overlaps with using them on a second core, and memory stays bounded. A failure of the maker is thrown to
 * the taker in its place, after the items made before it. Closing stops the maker and waits for its thread, so that
 * what the maker reads may be closed next.
 *
 * @param <T> the items; never null
 */
public final class ReadAhead<T> implements AutoCloseable {
    /** Where the maker puts its items. */
    public interface Output<T> {
        void put(T item);

        /** True once the taker has closed: a maker in a long loop stops. */
        boolean stopped();
    }

    /** Makes the items, in order. */
    public interface Maker<T> {
        void make(Output<T> out);
    }

    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    /** Unwinds a maker whose taker has closed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private Object head;

    public ReadAhead(String threadName, int capacity, Maker<T> maker) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        Output<T> out = new Output<>() {
            @Override
            public void put(T item) {
                offer(item);
            }

            @Override
            public boolean stopped() {
                return closed;
            }
        };
        this.thread = new Thread(() -> {
            Object last;
            try {
                maker.make(out);
                last = END;
            } catch (Stopped e) {
                return;
            } catch (RuntimeException | Error e) {
                last = new Failure(e);
            }
            try {
                offer(last);
            } catch (Stopped e) {
                // Nobody takes it any more.
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void offer(Object item) {
        if (closed) {
            throw new Stopped();
        }
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** The next item without taking it; null after the last one. Throws the maker's failure in its place. */
    public T peek() {
        if (head == null) {
            try {
                head = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CensusException("interrupted while reading ahead", e);
            }
        }
        if (head instanceof Failure f) {
            if (f.error() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) f.error();
        }
        if (head == END) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T item = (T) head;
        return item;
    }

    /** The next item, taken; null after the last one. */
    public T next() {
        T item = peek();
        if (item != null) {
            head = null;
        }
        return item;
    }

    /** Stops the maker and waits for its thread to end, even if this thread is interrupted meanwhile. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
