package org.movecard.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.movecard.ExitCode;
import org.movecard.UserError;
import org.movecard.catalogue.Catalogue;
import org.movecard.catalogue.Move;
import org.movecard.support.Catalogues;

class SelectorTest {
    private final Catalogue catalogue = Catalogues.bundled();

    private static List<String> ids(Routine routine) {
        return routine.moves().stream().map(Move::id).toList();
    }

    private static Criteria criteria(List<String> settings, List<String> regions, List<String> moves,
                                     List<String> exclude) {
        return new Criteria(settings, regions, moves, exclude);
    }

    @Test
    void everythingComesGroupedChairThenStandingThenFloor() {
        Routine routine = Selector.select(catalogue, Criteria.ALL);
        assertThat(routine.moves()).hasSize(10);
        assertThat(routine.moves().stream().map(Move::setting).distinct().toList())
                .containsExactly("chair", "standing", "floor");
        List<String> settings = routine.moves().stream().map(Move::setting).toList();
        assertThat(settings.subList(0, 2)).containsOnly("chair");
        assertThat(settings.subList(2, 6)).containsOnly("standing");
        assertThat(settings.subList(6, 10)).containsOnly("floor");
    }

    @Test
    void groupingFollowsTheCatalogueSettingOrderNotTheMoveOrder() {
        Catalogue neck = Catalogues.resource("neck-shoulder.json");
        Routine routine = Selector.select(neck, Criteria.ALL);
        List<String> order = neck.settings().stream().map(s -> s.id()).toList();
        List<Integer> positions = routine.moves().stream().map(m -> order.indexOf(m.setting())).toList();
        assertThat(positions).isSorted();
    }

    @Test
    void filtersBySettingKeepingCatalogueOrder() {
        Routine routine = Selector.select(catalogue, criteria(List.of("floor"), List.of(), List.of(), List.of()));
        assertThat(ids(routine)).containsExactly("floor-seated-twist", "foam-roller-roll", "lying-twist", "hug-curl-up");
    }

    @Test
    void severalSettingsAreAUnion() {
        Routine routine = Selector.select(catalogue,
                criteria(List.of("standing", "chair"), List.of(), List.of(), List.of()));
        assertThat(routine.moves()).hasSize(6);
        assertThat(routine.moves().get(0).setting()).isEqualTo("chair");
    }

    @Test
    void filtersByRegion() {
        Routine routine = Selector.select(catalogue, criteria(List.of(), List.of("lower"), List.of(), List.of()));
        assertThat(routine.moves()).isNotEmpty().allMatch(m -> m.regions().contains("lower"));
        long expected = catalogue.moves().stream().filter(m -> m.regions().contains("lower")).count();
        assertThat(routine.moves()).hasSize((int) expected);
        assertThat(routine.askedRegions()).extracting(r -> r.id()).containsExactly("lower");
    }

    @Test
    void settingAndRegionTogetherIntersect() {
        Routine routine = Selector.select(catalogue,
                criteria(List.of("floor"), List.of("upper"), List.of(), List.of()));
        assertThat(routine.moves()).allMatch(m -> m.setting().equals("floor") && m.regions().contains("upper"));
        assertThat(ids(routine)).contains("hug-curl-up").doesNotContain("lying-twist");
    }

    @Test
    void explicitMovesKeepTheGivenOrder() {
        Routine routine = Selector.select(catalogue,
                criteria(List.of(), List.of(), List.of("hug-curl-up", "chair-twist", "palms-arch"), List.of()));
        assertThat(ids(routine)).containsExactly("hug-curl-up", "chair-twist", "palms-arch");
    }

    @Test
    void excludeRemovesMoves() {
        Routine routine = Selector.select(catalogue,
                criteria(List.of("chair"), List.of(), List.of(), List.of("chair-twist")));
        assertThat(ids(routine)).containsExactly("chair-lean-back");
    }

    @Test
    void unknownSettingIsAUserErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> Selector.select(catalogue,
                criteria(List.of("bed"), List.of(), List.of(), List.of())))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unknown setting \"bed\"");
                    assertThat(e.hint()).contains("chair, standing, floor");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
                });
    }

    @Test
    void unknownRegionAndMoveAreUserErrors() {
        assertThatThrownBy(() -> Selector.select(catalogue, criteria(List.of(), List.of("neck"), List.of(), List.of())))
                .isInstanceOf(UserError.class).hasMessage("unknown region \"neck\"");
        assertThatThrownBy(() -> Selector.select(catalogue, criteria(List.of(), List.of(), List.of("nope"), List.of())))
                .isInstanceOf(UserError.class).hasMessage("unknown move \"nope\"");
    }

    @Test
    void emptySelectionListsSettingsAndRegions() {
        assertThatThrownBy(() -> Selector.select(catalogue,
                criteria(List.of("chair"), List.of(), List.of(), List.of("chair-twist", "chair-lean-back"))))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("no move matches the selection");
                    assertThat(e.hint()).contains("settings: chair, standing, floor")
                            .contains("regions: upper, middle, lower");
                });
    }

    /** Thousands of moves: each chosen once, grouped by setting, catalogue order kept within a setting. */
    @Test
    void aCatalogueOfThousandsOfMovesIsSelectedWholeAndInOrder() {
        List<Move> many = new java.util.ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            Move m = catalogue.moves().get(i % catalogue.moves().size());
            many.add(new Move("m" + i, m.name() + " " + i, m.setting(), m.regions(), m.steps(), m.feel(), orNull(m.equipment()),
                    orNull(m.tips()), m.dose(), null, m.video(), m.figure()));
        }
        Catalogue big = new Catalogue(catalogue.id(), catalogue.title(), catalogue.language(), catalogue.intro(),
                catalogue.settings(), catalogue.regions(), catalogue.safety(), many);
        Routine routine = Selector.select(big, Criteria.ALL);
        List<String> settings = big.settings().stream().map(s -> s.id()).toList();
        List<String> expected = settings.stream()
                .flatMap(setting -> many.stream().filter(m -> m.setting().equals(setting)).map(Move::id))
                .toList();
        assertThat(ids(routine)).containsExactlyElementsOf(expected);
        assertThat(Selector.select(big, criteria(List.of(), List.of(), List.of("m5", "m3", "m5"), List.of())).moves())
                .extracting(Move::id).containsExactly("m5", "m3");
    }

    /** An absent list is read as empty, and only null may be given for it. */
    private static List<String> orNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }
}
