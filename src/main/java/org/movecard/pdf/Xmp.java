package org.movecard.pdf;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The XMP packet PDF/A-2b and PDF/UA-1 require, matching the document information dictionary;
 * shared by typeset and press.
 */
public final class Xmp {
    private Xmp() {
    }

    /** {@code accessible}: also claim PDF/UA-1 (only for tagged output). */
    public static byte[] pdfA2b(PdfMeta meta, boolean accessible) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(accessible ? "\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" : ">\n")
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
                .append(accessible ? "   <pdfuaid:part>1</pdfuaid:part>\n" : "")
                .append("  </rdf:Description>\n")
                .append(accessible ? PDFUA_EXTENSION : "")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** PDF/A allows only predefined XMP schemas unless others are described; pdfuaid is not predefined. */
    private static final String PDFUA_EXTENSION = """
              <rdf:Description rdf:about=""
                xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
               <pdfaExtension:schemas>
                <rdf:Bag>
                 <rdf:li rdf:parseType="Resource">
                  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                  <pdfaSchema:property>
                   <rdf:Seq>
                    <rdf:li rdf:parseType="Resource">
                     <pdfaProperty:name>part</pdfaProperty:name>
                     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                     <pdfaProperty:category>internal</pdfaProperty:category>
                     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                    </rdf:li>
                   </rdf:Seq>
                  </pdfaSchema:property>
                 </rdf:li>
                </rdf:Bag>
               </pdfaExtension:schemas>
              </rdf:Description>
            """;

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
