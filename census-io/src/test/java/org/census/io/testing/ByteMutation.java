package org.census.io.testing;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** One change of a fuzz test: {@code length} bytes set to {@code value} from {@code at} (wrapped to the input). */
public record ByteMutation(int at, int value, int length) {

    /** One to six mutations, anywhere. */
    public static Arbitrary<List<ByteMutation>> lists() {
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(1, 8))
                .as(ByteMutation::new).list().ofMinSize(1).ofMaxSize(6);
    }

    /** A copy of the bytes with the mutations applied in turn. */
    public static byte[] apply(byte[] valid, List<ByteMutation> mutations) {
        byte[] b = valid.clone();
        for (ByteMutation m : mutations) {
            int at = m.at() % b.length;
            for (int i = at; i < Math.min(b.length, at + m.length()); i++) {
                b[i] = (byte) m.value();
            }
        }
        return b;
    }
}
