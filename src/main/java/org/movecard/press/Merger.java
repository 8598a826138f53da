package org.movecard.press;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Joins finished PDFs into one, each document's pages together and in order, for printing a batch
 * in one go. It streams: each source is loaded on its own, its pages and everything they use are
 * written out at once with new object numbers, and the source is closed; only the byte offsets of
 * the written objects and the list of pages stay in memory. (PDFBox's PDFMergerUtility keeps the
 * whole merged object graph until it saves, which ran a 10,000-sheet batch out of a 256 MB heap.)
 * The result stays PDF/A-2b: the first source's XMP metadata, document information, language and
 * output intent become the whole file's; pages are copied unchanged, fonts and images included.
 * The sources come as streams the caller opens, so finding and reading files stays with the CLI.
 */
public final class Merger {
    private static final int CATALOG = 1;
    private static final int PAGES = 2;
    private static final int FIRST_FREE = 3;

    private final Counting out;
    private long[] offsets = new long[1024];
    private int nextNumber = FIRST_FREE;
    private final ByteArrayOutputStream kids = new ByteArrayOutputStream();
    private int pageCount;
    private byte[] catalogExtras;
    private byte[] info;

    private Merger(OutputStream target) {
        this.out = new Counting(target);
    }

    /** One finished PDF to join, opened only when its turn comes and closed right after. */
    @FunctionalInterface
    public interface Source {
        /** A fresh stream of the whole PDF; an error here should say which document without naming a file. */
        InputStream open() throws IOException;
    }

    /** Writes the pages of {@code sources}, in this order, to {@code target} (which is not closed). */
    public static void merge(List<? extends Source> sources, OutputStream target) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        Merger merger = new Merger(target);
        merger.ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        boolean first = true;
        for (Source source : sources) {
            // One source in memory at a time: a sheet is small, the batch need not be.
            try (InputStream in = source.open();
                 RandomAccessReadBuffer buffer = new RandomAccessReadBuffer(in);
                 PDDocument doc = Loader.loadPDF(buffer)) {
                merger.copy(doc, first);
                first = false;
            }
        }
        merger.finish();
    }

    /** One source: its pages and all they reference, written now; the first also gives the document-wide parts. */
    private void copy(PDDocument doc, boolean first) throws IOException {
        Copy copy = new Copy();
        if (first) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            ByteArrayOutputStream extras = new ByteArrayOutputStream();
            for (COSName key : new COSName[] {COSName.METADATA, COSName.OUTPUT_INTENTS, COSName.LANG,
                COSName.getPDFName("MarkInfo"), COSName.getPDFName("ViewerPreferences")}) {
                COSBase value = catalog.getItem(key);
                if (value != null) {
                    key.writePDF(extras);
                    extras.write(' ');
                    copy.value(value, extras);
                }
            }
            catalogExtras = extras.toByteArray();
            COSBase infoRef = doc.getDocument().getTrailer().getItem(COSName.INFO);
            if (infoRef != null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                copy.value(infoRef, buffer);
                info = buffer.toByteArray();
            }
        }
        for (PDPage page : doc.getPages()) {
            int number = nextNumber++;
            kids.write((number + " 0 R ").getBytes(StandardCharsets.US_ASCII));
            pageCount++;
            // Inherited attributes are made explicit: the page gets a new parent.
            COSDictionary dict = new COSDictionary(page.getCOSObject());
            dict.setItem(COSName.PARENT, (COSBase) null);
            dict.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSArray());
            // A page may have no resources at all (nothing drawn); the spec still wants the entry.
            var resources = page.getResources();
            dict.setItem(COSName.RESOURCES, resources == null ? new COSDictionary() : resources.getCOSObject());
            if (page.getRotation() != 0) {
                dict.setInt(COSName.ROTATE, page.getRotation());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            copy.value(dict, body);
            byte[] bytes = body.toByteArray();
            // Put the parent in: "<<" + "/Parent 2 0 R" + rest.
            begin(number);
            out.write(bytes, 0, 2);
            ascii("/Parent " + PAGES + " 0 R");
            out.write(bytes, 2, bytes.length - 2);
            end();
            copy.drain();
        }
    }

    private void finish() throws IOException {
        begin(PAGES);
        ascii("<</Type/Pages/Count " + pageCount + "/Kids[");
        kids.writeTo(out);
        ascii("]>>");
        end();
        begin(CATALOG);
        ascii("<</Type/Catalog/Pages " + PAGES + " 0 R");
        out.write(catalogExtras);
        ascii(">>");
        end();
        long xref = out.count;
        int size = nextNumber;
        StringBuilder table = new StringBuilder("xref\n0 ").append(size).append("\n0000000000 65535 f \n");
        ascii(table.toString());
        for (int n = 1; n < size; n++) {
            ascii(String.format("%010d 00000 n \n", offsets[n]));
        }
        // The file identifier is derived from the content, like the single sheets', so it is reproducible.
        String id = HexFormat.of().formatHex(out.digest.getMessageDigest().digest(), 0, 16).toUpperCase();
        ascii("trailer\n<</Size " + size + "/Root " + CATALOG + " 0 R" + (info == null ? "" : "/Info " + new String(info,
                StandardCharsets.ISO_8859_1)) + "/ID [<" + id + "><" + id + ">]>>\nstartxref\n" + xref + "\n%%EOF\n");
        out.flush();
    }

    private void begin(int number) throws IOException {
        if (number >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(number + 1, offsets.length * 2));
        }
        offsets[number] = out.count;
        ascii(number + " 0 obj\n");
    }

    private void end() throws IOException {
        ascii("\nendobj\n");
    }

    private void ascii(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The objects of one source: their new numbers by old number, and those still to be written. */
    private final class Copy {
        private final Map<Long, Integer> numbers = new HashMap<>();
        private final Deque<Map.Entry<Integer, COSBase>> pending = new ArrayDeque<>();

        /** Writes everything referenced so far, and what that references in turn. */
        void drain() throws IOException {
            while (!pending.isEmpty()) {
                Map.Entry<Integer, COSBase> next = pending.poll();
                begin(next.getKey());
                COSBase object = next.getValue();
                if (object instanceof COSStream stream) {
                    stream(stream);
                } else {
                    value(object, out);
                }
                end();
            }
        }

        private int number(COSObject ref) {
            COSObjectKey id = ref.getKey();
            long key = (id.getNumber() << 16) | id.getGeneration();
            Integer known = numbers.get(key);
            if (known != null) {
                return known;
            }
            int number = nextNumber++;
            numbers.put(key, number);
            COSBase target = ref.getObject();
            pending.add(Map.entry(number, target == null ? COSNull.NULL : target));
            return number;
        }

        void value(COSBase value, OutputStream to) throws IOException {
            if (value == null || value instanceof COSNull) {
                to.write("null".getBytes(StandardCharsets.US_ASCII));
            } else if (value instanceof COSObject ref) {
                to.write((number(ref) + " 0 R").getBytes(StandardCharsets.US_ASCII));
            } else if (value instanceof COSStream stream) {
                // Streams are always indirect; one met directly gets a number of its own.
                int number = nextNumber++;
                pending.add(Map.entry(number, stream));
                to.write((number + " 0 R").getBytes(StandardCharsets.US_ASCII));
            } else if (value instanceof COSDictionary dict) {
                to.write(COSWriter.DICT_OPEN);
                for (Map.Entry<COSName, COSBase> entry : dict.entrySet()) {
                    entry.getKey().writePDF(to);
                    to.write(' ');
                    value(entry.getValue(), to);
                }
                to.write(COSWriter.DICT_CLOSE);
            } else if (value instanceof COSArray array) {
                to.write('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        to.write(' ');
                    }
                    value(array.get(i), to);
                }
                to.write(']');
            } else if (value instanceof COSName name) {
                name.writePDF(to);
            } else if (value instanceof COSString string) {
                COSWriter.writeString(string, to);
            } else if (value instanceof COSInteger integer) {
                integer.writePDF(to);
            } else if (value instanceof COSFloat number) {
                number.writePDF(to);
            } else if (value instanceof COSBoolean bool) {
                bool.writePDF(to);
            } else {
                throw new IOException("cannot copy a PDF object of type " + value.getClass().getSimpleName());
            }
        }

        /** The dictionary with the real length, then the still-encoded data, unchanged. */
        private void stream(COSStream stream) throws IOException {
            byte[] data;
            try (InputStream raw = stream.createRawInputStream()) {
                data = raw.readAllBytes();
            }
            COSDictionary dict = new COSDictionary(stream);
            dict.setInt(COSName.LENGTH, data.length);
            value(dict, out);
            out.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Counts the bytes written (for the cross-reference table) and digests them (for the file id). */
    private static final class Counting extends FilterOutputStream {
        private final DigestOutputStream digest;
        private long count;

        Counting(OutputStream target) {
            super(target);
            try {
                this.digest = new DigestOutputStream(OutputStream.nullOutputStream(), MessageDigest.getInstance("SHA-256"));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.write(b, off, len);
            count += len;
        }
    }
}
