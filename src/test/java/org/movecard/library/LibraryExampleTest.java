package org.movecard.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.Movecard;

/** The example in docs/library.md compiles against the library and writes a real handout. */
class LibraryExampleTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void documentedExampleCompilesAndWritesAHandout(@TempDir Path dir) throws Exception {
        String doc = Files.readString(Path.of("docs/library.md"), StandardCharsets.UTF_8);
        Matcher block = JAVA_BLOCK.matcher(doc);
        assertTrue(block.find(), "docs/library.md has a ```java block");
        Path source = dir.resolve("Example.java");
        Files.writeString(source, block.group(1), StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertTrue(compiled, "the example compiles:\n" + diagnostics);

        Path pdf = dir.resolve("handout.pdf");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, Movecard.class.getClassLoader())) {
            loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[] {pdf.toString()});
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 1);
            var catalogue = Movecard.bundledCatalogue();
            for (var move : catalogue.moves()) {
                assertTrue(text.contains(move.name()), "the handout shows " + move.name());
            }
            assertEquals(new Movecard().handout(Movecard.select(catalogue, org.movecard.selection.Criteria.ALL), null,
                    org.movecard.layout.PageFormat.A4, org.movecard.layout.RenderOptions.DEFAULT, null).pages(), pages);
        }
    }
}
