package org.movecard.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The figure's white outlines are cut exactly to the ink under them. */
class OutlineTest {
    private static final float[] SQUARE = {0, 0, 10, 0, 10, 10, 0, 10};

    @Test
    void aCapsuleAcrossASquareKeepsOnlyTheBandInside() {
        float[] band = Outline.clip(SQUARE, Outline.capsule(-5, 5, 15, 5, 2));
        // A 2-wide band straight across the 10-wide square: 20 square units, and up to 5 % more, as the
        // capsule is drawn a little outside its circle so that it covers the whole of it.
        assertThat(Math.abs(Outline.signedArea(band))).isBetween(20f, 21.1f);
        for (int i = 0; i < band.length; i += 2) {
            assertThat(band[i]).isBetween(0f, 10f);
            assertThat(band[i + 1]).isBetween(3.9f, 6.1f);
        }
    }

    @Test
    void nothingIsLeftWhereTheyDoNotMeet() {
        assertThat(Outline.clip(SQUARE, Outline.capsule(20, 20, 30, 30, 4))).isEmpty();
    }

    @Test
    void aHalfPlaneCutsAtItsLine() {
        float[] right = Outline.halfPlane(SQUARE, 4, 0, 1, 0);
        assertThat(Math.abs(Outline.signedArea(right))).isEqualTo(60f);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aClippedPieceIsNeverLargerThanEitherShapeAndLiesInBoth(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 50; n++) {
            float[] capsule = Outline.capsule(random.nextFloat() * 20 - 5, random.nextFloat() * 20 - 5,
                    random.nextFloat() * 20 - 5, random.nextFloat() * 20 - 5, 1 + random.nextFloat() * 4);
            float[] piece = Outline.clip(SQUARE, capsule);
            float area = Math.abs(Outline.signedArea(piece));
            assertThat(area).isLessThanOrEqualTo(Math.abs(Outline.signedArea(capsule)) + 0.01f).isLessThanOrEqualTo(100.01f);
            for (int i = 0; i < piece.length; i += 2) {
                assertThat(piece[i]).isBetween(-0.001f, 10.001f);
                assertThat(piece[i + 1]).isBetween(-0.001f, 10.001f);
            }
        }
    }
}
