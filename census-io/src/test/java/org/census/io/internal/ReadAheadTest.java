package org.census.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadAheadTest {
    @Test
    void itemsComeInOrderThenTheEnd() {
        try (ReadAhead<Integer> items = new ReadAhead<>("test", 2, out -> {
            for (int i = 0; i < 100; i++) {
                out.put(i);
            }
        })) {
            List<Integer> taken = new ArrayList<>();
            assertThat(items.peek()).isZero();
            for (Integer i = items.next(); i != null; i = items.next()) {
                taken.add(i);
            }
            assertThat(taken).hasSize(100).startsWith(0, 1, 2).endsWith(99);
            assertThat(items.peek()).isNull();
        }
    }

    @Test
    void aFailureComesAfterTheItemsMadeBeforeIt() {
        try (ReadAhead<String> items = new ReadAhead<>("test", 4, out -> {
            out.put("a");
            throw new IllegalStateException("broken at b");
        })) {
            assertThat(items.next()).isEqualTo("a");
            assertThatThrownBy(items::next).hasMessage("broken at b");
            assertThatThrownBy(items::peek).hasMessage("broken at b");
        }
    }

    @Test
    void closingStopsAMakerThatWaitsAndEndsItsThread() {
        AtomicInteger made = new AtomicInteger();
        ReadAhead<Integer> items = new ReadAhead<>("read-ahead-test", 1, out -> {
            while (true) {
                out.put(made.incrementAndGet());
            }
        });
        assertThat(items.next()).isEqualTo(1);
        items.close();
        int afterClose = made.get();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("read-ahead-test"));
        assertThat(made.get()).isEqualTo(afterClose).isLessThanOrEqualTo(4);
    }
}
