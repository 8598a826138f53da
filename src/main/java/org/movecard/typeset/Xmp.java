package org.movecard.typeset;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The XMP packet PDF/A-2b requires, matching the document information dictionary; shared by typeset and press. */
public final class Xmp {
    private Xmp() {
    }

    public static byte[] pdfA2b(PdfMeta meta) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (meta.subject() != null) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(meta.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("   <pdf:Producer>").append(PdfPainter.PRODUCER).append("</pdf:Producer>\n")
                .append("   <xmp:CreatorTool>").append(PdfPainter.PRODUCER).append("</xmp:CreatorTool>\n");
        if (meta.date() != null) {
            String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meta.date().atOffset(ZoneOffset.UTC));
            x.append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                    .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        }
        x.append("   <pdfaid:part>2</pdfaid:part>\n")
                .append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
