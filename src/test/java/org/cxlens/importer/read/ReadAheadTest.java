package org.cxlens.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** Rows 2, 3, ... up to {@code rows} of them, then the end or, when failAfter, a read error. */
    private static final class Counting implements RowSource {
        final int rows;
        final boolean failAfter;
        final AtomicInteger given = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        volatile String readerThread;

        Counting(int rows, boolean failAfter) {
            this.rows = rows;
            this.failAfter = failAfter;
        }

        @Override
        public SourceRow next() throws CxLensException {
            readerThread = Thread.currentThread().getName();
            int i = given.get();
            if (i == rows) {
                if (failAfter) {
                    throw new CxLensException(Message.of("importer.read.ioError", "survey.csv", "disk gone"));
                }
                return null;
            }
            given.incrementAndGet();
            return new SourceRow(i + 2, new String[] {"id" + i});
        }

        @Override
        public double fractionRead() {
            return (double) given.get() / rows;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    private static List<Integer> drain(RowSource rows) throws CxLensException {
        List<Integer> numbers = new ArrayList<>();
        for (SourceRow row; (row = rows.next()) != null; ) {
            numbers.add(row.rowNumber());
        }
        return numbers;
    }

    @Test
    void rowsArriveInOrderAcrossBatchesThenTheEnd() throws Exception {
        int n = 3 * ReadAhead.BATCH + 5;
        Counting source = new Counting(n, false);
        try (ReadAhead rows = ReadAhead.start(source)) {
            List<Integer> numbers = drain(rows);
            assertThat(numbers).hasSize(n);
            assertThat(numbers.get(0)).isEqualTo(2);
            assertThat(numbers.get(n - 1)).isEqualTo(n + 1);
            assertThat(numbers).isSorted();
            assertThat(rows.next()).isNull();
            assertThat(rows.fractionRead()).isEqualTo(1.0);
        }
        assertThat(source.readerThread).isEqualTo("cxlens-import-reader");
        assertThat(source.closed).isTrue();
    }

    @Test
    void aReadErrorComesAfterEveryRowReadBeforeIt() throws Exception {
        int n = ReadAhead.BATCH + 3;
        try (ReadAhead rows = ReadAhead.start(new Counting(n, true))) {
            for (int i = 0; i < n; i++) {
                assertThat(rows.next().rowNumber()).isEqualTo(i + 2);
            }
            assertThatThrownBy(rows::next).isInstanceOfSatisfying(CxLensException.class,
                    e -> assertThat(e.getMessage()).contains("disk gone"));
        }
    }

    @Test
    void closingHalfwayStopsReadingAndClosesTheSource() throws Exception {
        int n = 1_000 * ReadAhead.BATCH;
        Counting source = new Counting(n, false);
        ReadAhead rows = ReadAhead.start(source);
        assertThat(rows.next().rowNumber()).isEqualTo(2);
        rows.close();
        int stoppedAt = source.given.get();
        // At most the queued batches, the one handed over and the one being read when close came.
        assertThat(stoppedAt).isLessThanOrEqualTo((ReadAhead.BATCHES + 2) * ReadAhead.BATCH);
        assertThat(source.closed).isTrue();
        Thread.sleep(50);
        assertThat(source.given.get()).isEqualTo(stoppedAt);
    }
}
