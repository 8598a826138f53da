package org.movecard.catalogue;

import java.util.List;
import java.util.regex.Pattern;
import org.movecard.language.Labels;

/**
 * A clinic's profile for take-home sheets: name, address lines, phone, e-mail and/or web address,
 * an optional logo (a PNG or JPEG path relative to the profile) and the points of its own
 * "stop and call us if …" box. {@code logoImage} is filled in by {@link ClinicReader}.
 */
public record Clinic(String name, List<String> address, String phone, String email, String web, String logo,
                     List<String> callUsIf, Logo logoImage) {
    static final String RULES = "a clinic profile needs a name, address lines, a phone number, an e-mail or web "
            + "address and the callUsIf points; see docs/clinic.md";
    /** Digits with the usual separators; a phone number people must be able to dial from paper. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,30}");
    /**
     * The most characters of a name, an address line, an e-mail or a web address, and the most
     * address lines: what the sheet's header holds in a few lines beside the logo, even in large print.
     */
    public static final int MAX_CHARACTERS = 60;
    public static final int MAX_ADDRESS_LINES = 3;

    public Clinic {
        name = Text.requireText(name, "clinic name");
        address = Text.requireTexts(address, "address");
        phone = Text.requireText(phone, "phone");
        if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3) {
            throw new IllegalArgumentException("phone \"" + phone
                    + "\" must be a number people can dial: digits, spaces, + ( ) - . / only");
        }
        email = Text.optionalText(email, "email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("email \"" + email + "\" is not an e-mail address");
        }
        web = Text.optionalText(web, "web");
        if (web != null && web.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("web address must not contain spaces");
        }
        if (email == null && web == null) {
            throw new IllegalArgumentException("give an email or a web address (or both)");
        }
        logo = Text.optionalText(logo, "logo");
        callUsIf = Text.requireTexts(callUsIf, "callUsIf");
        fitsTheHeader(name, "clinic name");
        if (address.size() > MAX_ADDRESS_LINES) {
            throw new Text.Problem("address must have at most " + MAX_ADDRESS_LINES + " entries (it has " + address.size() + ")",
                    "join short lines, or leave out what a patient does not need to find or call the clinic");
        }
        for (int i = 0; i < address.size(); i++) {
            fitsTheHeader(address.get(i), "address entry " + (i + 1));
        }
        fitsTheHeader(email, "email");
        fitsTheHeader(web, "web");
    }

    /** Worded so the reader can place the error on the field: "clinic name must be …". */
    private static void fitsTheHeader(String value, String what) {
        if (value != null && value.codePointCount(0, value.length()) > MAX_CHARACTERS) {
            throw new Text.Problem(what + " must be at most " + MAX_CHARACTERS + " characters (it has "
                    + value.codePointCount(0, value.length()) + ")",
                    "shorten it: the sheet's header shows the clinic's name, address and contact in a few lines");
        }
    }

    /** How a clinic profile writes it. */
    static final JsonFields.Shape<Clinic> JSON = JsonFields.Shape.of(Clinic.class,
            f -> new Clinic(f.requiredText("name"), f.requiredTexts("address"), f.requiredText("phone"),
                    f.text("email"), f.text("web"), f.text("logo"), f.requiredTexts("callUsIf"), null),
            "name", "address", "phone", "email", "web", "logo", "callUsIf");

    Clinic withLogoImage(Logo image) {
        return new Clinic(name, address, phone, email, web, logo, callUsIf, image);
    }

    /** "Phone 01632 960 123 · hello@example.org · example.org", the contact line of the sheet header. */
    public String contactLine() {
        return contactLine(Labels.english());
    }

    /** "Phone 01632 960 123 · hello@… · web" with the word for phone in the labels' language. */
    public String contactLine(Labels labels) {
        StringBuilder s = new StringBuilder(labels.text("sheet.phone", phone));
        if (email != null) {
            s.append(" \u00b7 ").append(email);
        }
        if (web != null) {
            s.append(" \u00b7 ").append(web);
        }
        return s.toString();
    }
}
