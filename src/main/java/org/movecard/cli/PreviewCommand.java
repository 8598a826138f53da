package org.movecard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.output.AtomicFiles;
import org.movecard.press.Previews;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code movecard preview}: PNG images of every page of a PDF. */
@Command(name = "preview", header = "Render every page of a PDF to PNG.",
        sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Renders every page of a PDF to PNG, so you can look at it without a PDF viewer. "
                + "Pages are written as NAME-1.png, NAME-2.png, …",
        footerHeading = "%nExamples:%n",
        footer = {
            "  movecard preview output/card.pdf                  PNGs beside the PDF, 96 dpi",
            "  movecard preview output/handout.pdf --dpi 150 --out-dir /tmp/pages",
        })
final class PreviewCommand implements Callable<Integer> {
    private static final AtomicFiles.OutputHint HINT = new AtomicFiles.OutputHint("--out-dir", "previews");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.pdf", description = "The PDF to render.")
    Path pdf;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "96",
            description = "Resolution, " + Previews.MIN_DPI + " to " + Previews.MAX_DPI + " (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Folder for the PNGs (default: the PDF's folder).")
    Path outDir;

    @Override
    public Integer call() {
        if (Files.exists(pdf) && !Files.isRegularFile(pdf)) {
            throw new UserError(ExitCode.INVALID_INPUT, pdf + ": is not a regular file (a folder, FIFO, device or socket)",
                    "give the path of a PDF file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.INVALID_INPUT, pdf + ": file not found", "check the path");
        } catch (IOException e) {
            throw new UserError(ExitCode.INVALID_INPUT, pdf + ": cannot read (" + e.getMessage() + ")", "check the path");
        }
        List<byte[]> pages = Previews.png(bytes, dpi, pdf.toString());
        Path dir = outDir != null ? outDir : pdf.toAbsolutePath().getParent();
        String base = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        for (int i = 0; i < pages.size(); i++) {
            AtomicFiles.write(dir.resolve(base + "-" + (i + 1) + ".png"), pages.get(i), HINT);
        }
        spec.commandLine().getOut().printf("wrote %d %s to %s (%s-1.png …, %d dpi)%n", pages.size(),
                pages.size() == 1 ? "image" : "images", dir, base, dpi);
        return 0;
    }
}
