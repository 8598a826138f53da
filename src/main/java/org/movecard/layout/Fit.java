package org.movecard.layout;

import java.util.List;
import java.util.function.Function;
import org.movecard.UserError;

/**
 * The fit engine shared by cards and handouts: candidates are tried in order, most generous first
 * (the largest text, the biggest pictures), and the first that fits wins. Like TeX choosing the
 * least bad break, but over a short list of whole layouts, each cheap to make.
 */
final class Fit {
    private Fit() {
    }

    /** What one try gave: a result, or why that candidate cannot work. */
    record Try<R>(boolean fits, R result, UserError problem) {
        static <R> Try<R> fits(R result) {
            return new Try<>(true, result, null);
        }

        /** Does not fit; {@code problem} (may be null) says why, for when nothing fits. */
        static <R> Try<R> fails(UserError problem) {
            return new Try<>(false, null, problem);
        }
    }

    /** The first candidate's result that fits; when none does, the last candidate's problem. */
    static <C, R> R first(List<C> candidates, Function<C, Try<R>> attempt) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("nothing to try");
        }
        UserError last = null;
        for (C candidate : candidates) {
            Try<R> t = attempt.apply(candidate);
            if (t.fits()) {
                return t.result();
            }
            last = t.problem() != null ? t.problem() : last;
        }
        if (last == null) {
            throw new IllegalStateException("no candidate fits and none says why");
        }
        throw last;
    }
}
