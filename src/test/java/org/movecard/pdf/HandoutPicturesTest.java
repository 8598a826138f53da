package org.movecard.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.catalogue.Move;
import org.movecard.document.Handout;
import org.movecard.document.Handouts;
import org.movecard.layout.Frame;
import org.movecard.layout.Op;
import org.movecard.layout.Ops;
import org.movecard.layout.Page;
import org.movecard.layout.PageFormat;
import org.movecard.layout.RegionMap;
import org.movecard.layout.RenderOptions;
import org.movecard.layout.Style;
import org.movecard.selection.Criteria;
import org.movecard.selection.Selector;
import org.movecard.support.Catalogues;
import org.movecard.support.Pdfs;
import org.movecard.support.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Handouts with pictures: figures, region maps and QR codes sit inside the margins and keep every rule. */
class HandoutPicturesTest {
    private static final Typesetter TYPESETTER = new Typesetter();
    private static final String TWIST_VIDEO = "https://example.org/moves/chair-twist";
    private static final String ROLLER_VIDEO = "https://example.org/moves/foam-roller-roll";
    private static Catalogue withVideos;
    private static byte[] videoPdf;

    @BeforeAll
    static void render() {
        String json = bundledJson()
                .replace("\"id\": \"chair-twist\",", "\"id\": \"chair-twist\", \"video\": \"" + TWIST_VIDEO + "\",")
                .replace("\"id\": \"foam-roller-roll\",",
                        "\"id\": \"foam-roller-roll\", \"video\": \"" + ROLLER_VIDEO + "\",");
        withVideos = CatalogueReader.read(json.getBytes(UTF_8), "videos.json");
        videoPdf = render(withVideos, PageFormat.A4, RenderOptions.DEFAULT);
    }

    static byte[] render(Catalogue catalogue, PageFormat format, RenderOptions options) {
        Handout handout = Handouts.build(Selector.select(catalogue, Criteria.ALL), null);
        return TYPESETTER.handout(handout, format, new PdfMeta(handout.title().text(), null, "en", null), options)
                .bytes();
    }

    @Test
    void qrCodesDecodeToTheirMovesVideosFromTheRenderedPages() {
        List<String> found = new ArrayList<>();
        int pages = Pdfs.pageTexts(videoPdf).size();
        for (int i = 0; i < pages; i++) {
            found.addAll(QrCodeTest.decodeAll(Pictures.raster(videoPdf, i, 150, ImageType.RGB)));
        }
        assertThat(found).containsExactlyInAnyOrder(TWIST_VIDEO, ROLLER_VIDEO);
        String text = Pdfs.text(videoPdf);
        assertThat(text.split("Watch the video", -1)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4", "letter"})
    void everyPictureStaysInsideTheMarginsAndAboveTheFooter(String paper) {
        PageFormat format = PageFormat.paper(paper);
        Handout handout = Handouts.build(Selector.select(withVideos, Criteria.ALL), null);
        Style style = Style.HANDOUT;
        for (Page page : TYPESETTER.layout(handout, format, RenderOptions.DEFAULT)) {
            // The safety box's border straddles the margin on purpose; pictures are in the other frames.
            for (Page.Placed placed : page.frames().stream().filter(p -> p.frame().role() != Frame.Role.SAFETY).toList()) {
                // Text is checked glyph by glyph elsewhere; here the drawn shapes.
                for (Op op : Ops.flatten(placed.frame().ops()).stream().filter(o -> !(o instanceof Op.Text)).toList()) {
                    Ops.Bounds b = Ops.bounds(op);
                    Ops.Bounds onPage = new Ops.Bounds(b.left() + placed.x(), b.top() + placed.y(), b.right() + placed.x(),
                            b.bottom() + placed.y());
                    assertThat(onPage.within(style.margin(), style.topMargin(), format.width() - style.margin(),
                            format.height() - style.bottomMargin(), 0.01f)).as("%s on %s", op, paper).isTrue();
                }
            }
        }
    }

    @Test
    void largePrintDrawsEveryFigureAtLeastFiftyMillimetresWide() {
        Handout handout = Handouts.build(Selector.select(Catalogues.bundled(), Criteria.ALL), null);
        List<Float> widths = new ArrayList<>();
        for (Page page : TYPESETTER.layout(handout, PageFormat.A4, new RenderOptions(true, true))) {
            for (Page.Placed placed : page.frames()) {
                for (Op op : placed.frame().ops()) {
                    if (op instanceof Op.Figure f && !f.alt().startsWith("Back map")) {
                        // The drawing itself, not the box it was given: from its leftmost ink to its rightmost.
                        float left = Float.MAX_VALUE;
                        float right = -Float.MAX_VALUE;
                        for (Op inner : Ops.flatten(f.ops())) {
                            left = Math.min(left, Ops.bounds(inner).left());
                            right = Math.max(right, Ops.bounds(inner).right());
                        }
                        widths.add((right - left) / PageFormat.MM);
                    }
                }
            }
        }
        assertThat(widths).hasSize(Catalogues.bundled().moves().size()).allMatch(w -> w >= 50f, "at least 50 mm");
    }

    @Test
    void everyGlyphIsInsideTheMarginsWithPictures() {
        float margin = 10 * PageFormat.MM;
        for (Pdfs.Glyph g : Pdfs.glyphs(videoPdf)) {
            assertThat(g.x()).as("left of %s", g).isGreaterThanOrEqualTo(margin);
            assertThat(g.x() + g.width()).as("right of %s", g).isLessThanOrEqualTo(PageFormat.A4.width() - margin);
            assertThat(g.y()).as("bottom of %s", g).isGreaterThanOrEqualTo(margin);
        }
    }

    @Test
    void withAndWithoutFiguresEveryStepIsThereInOrderAndHeadingsKeepTheirFirstStep() {
        byte[] without = render(withVideos, PageFormat.A4, new RenderOptions(false, false));
        for (byte[] pdf : List.of(videoPdf, without)) {
            String text = Pdfs.text(pdf);
            List<String> pages = Pdfs.pageTexts(pdf);
            int from = 0;
            for (Move move : Selector.select(withVideos, Criteria.ALL).moves()) {
                for (int i = 0; i < move.steps().size(); i++) {
                    int at = text.indexOf((i + 1) + ". " + Pdfs.flat(move.steps().get(i)), from);
                    assertThat(at).as("%s step %d", move.id(), i + 1).isGreaterThan(from);
                    from = at;
                }
                String first = "1. " + Pdfs.flat(move.steps().get(0));
                assertThat(pages).as("%s heading with first step", move.id())
                        .anyMatch(p -> p.contains(move.name()) && p.contains(first));
            }
        }
        assertThat(Pdfs.pageTexts(without).size()).isLessThanOrEqualTo(Pdfs.pageTexts(videoPdf).size());
        // The video links stay without figures: they are links, not pictures.
        assertThat(Pdfs.text(without)).contains("Watch the video");
    }

    @Test
    void bothPassPdfA2b() {
        assertThat(VeraPdf.failures(videoPdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(VeraPdf.failures(render(Catalogues.bundled(), PageFormat.LETTER, new RenderOptions(false, false)),
                PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void noFiguresMeansNoFigureOrMapOps() {
        Handout handout = Handouts.build(Selector.select(Catalogues.bundled(), Criteria.ALL), null);
        assertThat(pictureOps(TYPESETTER.layout(handout, PageFormat.A4, RenderOptions.DEFAULT))).isPositive();
        assertThat(pictureOps(TYPESETTER.layout(handout, PageFormat.A4, new RenderOptions(false, false)))).isZero();
    }

    @Test
    void noRegionMapWhenNoRegionNamesAKnownZone() {
        Catalogue plain = CatalogueReader.read(resource("/org/movecard/catalogue/test-catalogue.json"), "test.json");
        assertThat(plain.regions()).allMatch(r -> r.zone() == null || !RegionMap.ZONES.contains(r.zone()));
        Handout handout = Handouts.build(Selector.select(plain, Criteria.ALL), null);
        assertThat(pictureOps(TYPESETTER.layout(handout, PageFormat.A4, RenderOptions.DEFAULT))).isZero();
        assertThat(RegionMap.shows(List.of("elbow"))).isFalse();
        assertThat(RegionMap.shows(List.of("elbow", "hips"))).isTrue();
    }

    /** Strokes and grey zone fills appear only in figures and maps. */
    private static long pictureOps(List<Page> pages) {
        return pages.stream().flatMap(p -> p.frames().stream()).flatMap(f -> Ops.flatten(f.frame().ops()).stream())
                .filter(op -> op instanceof Op.Stroke
                        || (op instanceof Op.Polygon p && p.color().equals(Style.Palette.ZONE_OFF)))
                .count();
    }

    private static String bundledJson() {
        return new String(resource("/org/movecard/catalogue/back-moves.json"), UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = HandoutPicturesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
