package org.movecard.press;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Joins finished PDFs into one, each document's pages together and in order, for printing a batch
 * in one go. Sources are read one at a time from their files and closed after copying; the result
 * is built in temporary files, not in memory, so a long batch does not grow the heap with its size.
 * The output keeps PDF/A-2b: the first source's XMP metadata is carried over and an sRGB output
 * intent is added; each page is imported whole as a form XObject, fonts and images included.
 */
public final class Merger {
    private Merger() {
    }

    /** Writes the pages of {@code sources}, in this order, to {@code out}. */
    public static void merge(List<Path> sources, OutputStream out) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        try (PDDocument target = new PDDocument(MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            LayerUtility layers = new LayerUtility(target);
            boolean first = true;
            for (Path source : sources) {
                try (PDDocument doc = Loader.loadPDF(source.toFile(),
                        MemoryUsageSetting.setupTempFileOnly().streamCache)) {
                    if (first) {
                        carryOverMetadata(doc, target);
                        first = false;
                    }
                    for (int i = 0; i < doc.getNumberOfPages(); i++) {
                        PDPage page = doc.getPage(i);
                        PDFormXObject form = layers.importPageAsForm(doc, i);
                        PDPage copy = new PDPage(page.getMediaBox());
                        target.addPage(copy);
                        try (PDPageContentStream content = new PDPageContentStream(target, copy)) {
                            content.drawForm(form);
                        }
                    }
                }
            }
            target.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    private static void carryOverMetadata(PDDocument from, PDDocument to) throws IOException {
        to.getDocumentCatalog().setLanguage(from.getDocumentCatalog().getLanguage());
        PDMetadata metadata = from.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try (InputStream xmp = metadata.exportXMPMetadata()) {
                to.getDocumentCatalog().setMetadata(new PDMetadata(to, xmp));
            }
        }
        var info = from.getDocumentInformation();
        var copy = to.getDocumentInformation();
        copy.setTitle(info.getTitle());
        copy.setSubject(info.getSubject());
        copy.setCreator(info.getCreator());
        copy.setProducer(info.getProducer());
        copy.setCreationDate(info.getCreationDate());
        copy.setModificationDate(info.getModificationDate());
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(to, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        to.getDocumentCatalog().addOutputIntent(intent);
    }
}
