package org.movecard.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.movecard.support.Pdfs;

/** The merger takes its sources as streams the caller opens: one at a time, in order, each closed. */
class MergerTest {
    private static byte[] pdf(int pages, PDRectangle size) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(size));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void joinsStreamsInOrderOpeningEachOnlyWhileItIsCopied() throws Exception {
        List<byte[]> pdfs = List.of(pdf(1, PDRectangle.A4), pdf(2, PDRectangle.LETTER), pdf(3, PDRectangle.A5));
        List<String> events = new ArrayList<>();
        List<Merger.Source> sources = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            int n = i;
            sources.add(() -> {
                events.add("open " + n);
                return new ByteArrayInputStream(pdfs.get(n)) {
                    @Override
                    public void close() throws IOException {
                        events.add("close " + n);
                        super.close();
                    }
                };
            });
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Merger.merge(sources, out);
        assertThat(events).containsExactly("open 0", "close 0", "open 1", "close 1", "open 2", "close 2");
        try (PDDocument merged = Pdfs.load(out.toByteArray())) {
            assertThat(merged.getNumberOfPages()).isEqualTo(6);
            assertThat(merged.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(merged.getPage(2).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(merged.getPage(5).getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth());
        }
    }

    @Test
    void aSourceThatCannotBeOpenedStopsTheMergeWithItsOwnError() throws Exception {
        byte[] one = pdf(1, PDRectangle.A4);
        List<Merger.Source> sources = List.of(() -> new ByteArrayInputStream(one), () -> {
            throw new IOException("cannot read the sheet of row 3 again");
        });
        assertThatThrownBy(() -> Merger.merge(sources, new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessage("cannot read the sheet of row 3 again");
    }

    @Test
    void sameSourcesSameBytes() throws Exception {
        byte[] a = pdf(2, PDRectangle.A4);
        List<Merger.Source> sources = List.of(() -> new ByteArrayInputStream(a), () -> new ByteArrayInputStream(a));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Merger.merge(sources, first);
        Merger.merge(sources, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }
}
