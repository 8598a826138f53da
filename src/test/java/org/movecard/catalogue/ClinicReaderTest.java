package org.movecard.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicReaderTest {
    @TempDir
    Path dir;

    static final String GOOD = """
            {
              "name": "Riverside Physiotherapy",
              "address": ["12 Mill Lane"],
              "phone": "01632 960 123",
              "web": "riverside.example",
              "callUsIf": ["the pain gets worse"]
            }
            """;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("clinic.json");
        Files.writeString(file, json);
        return file;
    }

    private CatalogueError errorOf(String json) throws Exception {
        Path file = write(json);
        try {
            ClinicReader.read(file);
        } catch (CatalogueError e) {
            return e;
        }
        throw new AssertionError("no error for " + json);
    }

    @Test
    void theExampleProfileReadsWithItsLogo() {
        Clinic clinic = ClinicReader.read(Path.of("data/examples/clinic.json"));
        assertThat(clinic.name()).isEqualTo("Riverside Physiotherapy");
        assertThat(clinic.callUsIf()).hasSize(4);
        assertThat(clinic.logoImage()).isNotNull();
        assertThat(clinic.contactLine()).isEqualTo("Phone 01632 960 123 \u00b7 hello@riverside-physio.example \u00b7 riverside-physio.example");
    }

    @Test
    void aMinimalProfileNeedsNoLogo() throws Exception {
        assertThat(ClinicReader.read(write(GOOD)).logoImage()).isNull();
    }

    @Test
    void unknownFieldsAreErrorsWithLineColumnAndSuggestion() throws Exception {
        CatalogueError e = errorOf(GOOD.replace("\"web\"", "\"webb\""));
        assertThat(e.getMessage()).startsWith(dir.resolve("clinic.json") + ":5:3: unknown field \"webb\"");
        assertThat(e.hint()).isEqualTo("did you mean \"web\"?");
    }

    @Test
    void missingFieldsAndBadValuesAreNamed() throws Exception {
        assertThat(errorOf(GOOD.replace("\"phone\": \"01632 960 123\",", "")).problem())
                .isEqualTo("the clinic profile is missing required field \"phone\"");
        assertThat(errorOf(GOOD.replace("01632 960 123", "call us")).problem())
                .contains("phone \"call us\" must be a number people can dial");
        assertThat(errorOf(GOOD.replace("\"web\": \"riverside.example\",", "")).problem())
                .isEqualTo("give an email or a web address (or both)");
        assertThat(errorOf(GOOD.replace("[\"the pain gets worse\"]", "[]")).problem())
                .isEqualTo("callUsIf must have at least one entry");
        assertThat(errorOf("[]").problem()).isEqualTo("the clinic profile must be a JSON object, found a list");
        assertThat(errorOf(GOOD + "}").problem()).startsWith("unexpected content after the end of the clinic profile");
    }

    @Test
    void aMissingLogoIsReportedAtItsField() throws Exception {
        CatalogueError e = errorOf(GOOD.replace("\"web\"", "\"logo\": \"nope.png\",\n  \"web\""));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.problem()).startsWith("logo file not found");
        Files.writeString(dir.resolve("text.png"), "not an image");
        assertThat(errorOf(GOOD.replace("\"web\"", "\"logo\": \"text.png\",\n  \"web\"")).problem())
                .isEqualTo("the logo is not a PNG or JPEG image movecard can read");
    }

    @Test
    void transparentLogosAreFlattenedOntoWhite() throws Exception {
        BufferedImage argb = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(10, 10, new Color(200, 0, 0, 255).getRGB());
        Logo logo = ClinicReader.flatten(argb);
        assertThat(logo.width()).isEqualTo(ClinicReader.MAX_LOGO_PIXELS);
        assertThat(logo.height()).isEqualTo(ClinicReader.MAX_LOGO_PIXELS / 2);
        // Three bytes a pixel, no alpha: the transparent middle is white, the red dot (scaled to half) reddish.
        assertThat(logo.rgb()).hasSize(logo.width() * logo.height() * 3);
        int middle = 3 * (150 * logo.width() + 300);
        assertThat(new int[] {logo.rgb()[middle] & 0xFF, logo.rgb()[middle + 1] & 0xFF, logo.rgb()[middle + 2] & 0xFF})
                .containsExactly(255, 255, 255);
        int dot = 3 * (5 * logo.width() + 5);
        assertThat(logo.rgb()[dot] & 0xFF).isGreaterThan(logo.rgb()[dot + 1] & 0xFF);
    }

    private String withLogo(String logo) {
        return GOOD.replace("\"web\"", "\"logo\": " + logo + ",\n  \"web\"");
    }

    @Test
    void nullForAnOptionalFieldIsRefused() throws Exception {
        CatalogueError e = errorOf(withLogo("null"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.problem()).isEqualTo("\"logo\" is null");
        assertThat(e.hint()).isEqualTo("leave the field out instead of writing null");
    }

    @Test
    void aGifNamedPngIsRefusedByItsContent() throws Exception {
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED), "gif", dir.resolve("logo.png").toFile());
        CatalogueError e = errorOf(withLogo("\"logo.png\""));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.problem()).isEqualTo("the logo file is a GIF image, not a PNG or JPEG (whatever its name says)");
        assertThat(e.hint()).contains("PNG or JPEG");
    }

    @Test
    void aHugeDeclaredSizeIsRefusedFromTheHeaderAlone() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        // IHDR data starts at byte 16: width and height as big-endian ints, then its CRC at 29.
        java.nio.ByteBuffer.wrap(png).putInt(16, 30000).putInt(20, 30000);
        var crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        Files.write(dir.resolve("bomb.png"), png);

        CatalogueError e = errorOf(withLogo("\"bomb.png\""));
        assertThat(e.problem()).isEqualTo("the logo is 30000 \u00d7 30000 pixels; at most 4000 \u00d7 4000 is accepted");
        assertThat(e.hint()).contains("scale the logo down");
    }

    /** A 2,000-character name once ran off page 1 and over the footer; now the profile is refused where it says so. */
    @Test
    void namesAndAddressesLongerThanTheHeaderHoldsAreRefusedAtTheirPlace() throws Exception {
        CatalogueError name = errorOf(GOOD.replace("Riverside Physiotherapy", "R".repeat(2000)));
        assertThat(name.line()).isEqualTo(2);
        assertThat(name.column()).isEqualTo(11);
        assertThat(name.problem()).isEqualTo("clinic name must be at most 60 characters (it has 2000)");
        CatalogueError line = errorOf(GOOD.replace("\"12 Mill Lane\"", "\"12 Mill Lane\", \"" + "a".repeat(61) + "\""));
        assertThat(line.line()).isEqualTo(3);
        assertThat(line.problem()).isEqualTo("address entry 2 must be at most 60 characters (it has 61)");
        CatalogueError lines = errorOf(GOOD.replace("\"12 Mill Lane\"", "\"a\", \"b\", \"c\", \"d\""));
        assertThat(lines.line()).isEqualTo(3);
        assertThat(lines.problem()).isEqualTo("address must have at most 3 entries (it has 4)");
        assertThat(ClinicReader.read(write(GOOD.replace("Riverside Physiotherapy", "R".repeat(60)))).name()).hasSize(60);
    }
}
