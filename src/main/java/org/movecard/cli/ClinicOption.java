package org.movecard.cli;

import java.nio.file.Path;
import org.movecard.ExitCode;
import org.movecard.Movecard;
import org.movecard.UserError;
import org.movecard.catalogue.CatalogueReader;
import org.movecard.catalogue.Clinic;
import org.movecard.catalogue.ClinicReader;
import org.movecard.layout.Unprintable;

/** Loads the {@code --clinic} profile, which sheets require: a sheet must say whom to call. */
final class ClinicOption {
    private ClinicOption() {
    }

    static Clinic load(Path file) {
        if (file == null) {
            throw new UserError(ExitCode.INVALID_INPUT, "no clinic profile given: --clinic FILE is required",
                    "a sheet prints the clinic's name, phone and stop-and-call points; write a profile like "
                            + "data/examples/clinic.json (see docs/clinic.md) and pass --clinic FILE, or set clinic=FILE in the "
                            + "config file (README: Defaults from a config file)");
        }
        Clinic clinic = ClinicReader.read(file);
        // As for catalogues: a character the fonts lack is named at its line and column, before layout.
        try {
            Warmup.movecard().checkPrintable(clinic);
        } catch (Unprintable e) {
            throw CatalogueReader.errorAt(file, e.pointer(), e.problem(), e.hint());
        }
        return clinic;
    }
}
