package org.movecard.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Figures in a catalogue: read when right, rejected at the right line and column when wrong. */
class FigureReaderTest {
    private static final String SOURCE = "fig.json";

    /** A catalogue of one move, up to where its steps and figure start. */
    private static final String MOVE = """
            {
              "id": "back",
              "title": "Back moves",
              "settings": [{ "id": "chair", "label": "Chair" }],
              "regions": [{ "id": "upper", "label": "Upper back", "zone": "upper-back" }],
              "safety": { "title": "Safety first", "points": ["Stop if it hurts."] },
              "moves": [
                {
                  "id": "sit",
                  "name": "Sit",
                  "setting": "chair",
                  "regions": ["upper"],
            """;

    /** One move with a figure; one joint or field per line, so positions are easy to count. */
    private static final String BASE = MOVE + """
                  "steps": ["Sit tall."],
                  "figure": {
                    "alt": "A person sits on a chair.",
                    "joints": {
                      "head": [50, 10],
                      "neck": [50, 18],
                      "shoulderL": [50, 22],
                      "shoulderR": [50, 22],
                      "elbowL": [52, 38],
                      "elbowR": [54, 38],
                      "handL": [62, 48],
                      "handR": [64, 48],
                      "hipL": [48, 56],
                      "hipR": [48, 56],
                      "kneeL": [68, 56],
                      "kneeR": [70, 56],
                      "footL": [68, 90],
                      "footR": [70, 90]
                    },
                    "props": [
                      { "type": "chair", "x": 30, "y": 30, "width": 40, "height": 60 }
                    ],
                    "arrows": [
                      { "from": [40, 10], "to": [30, 20], "bend": 5 }
                    ]
                  }
                }
              ]
            }
            """;

    /** The same move drawn as a movement: two poses, sharing the figure's props and side. */
    private static final String POSES = MOVE + """
                  "steps": ["Sit tall.", "Lean back."],
                  "figure": {
                    "alt": "Two pictures: a person sits tall on a chair, then leans back.",
                    "toes": "right",
                    "props": [
                      { "type": "chair", "x": 30, "y": 30, "width": 40, "height": 60 }
                    ],
                    "poses": [
                      {
                        "joints": {
                          "head": [50, 10], "neck": [50, 18], "shoulderL": [50, 22], "shoulderR": [50, 22],
                          "elbowL": [52, 38], "elbowR": [54, 38], "handL": [62, 48], "handR": [64, 48],
                          "hipL": [48, 56], "hipR": [48, 56], "kneeL": [68, 56], "kneeR": [70, 56],
                          "footL": [68, 90], "footR": [70, 90]
                        }
                      },
                      {
                        "looks": "left",
                        "joints": {
                          "head": [40, 14], "neck": [44, 20], "shoulderL": [46, 24], "shoulderR": [46, 24],
                          "elbowL": [52, 38], "elbowR": [54, 38], "handL": [62, 48], "handR": [64, 48],
                          "hipL": [48, 56], "hipR": [48, 56], "kneeL": [68, 56], "kneeR": [70, 56],
                          "footL": [68, 90], "footR": [70, 90]
                        },
                        "props": [{ "type": "floor", "x": 0, "y": 92, "width": 100 }],
                        "arrows": [{ "from": [40, 6], "to": [28, 10], "bend": -4 }]
                      }
                    ]
                  }
                }
              ]
            }
            """;

    private static String posesWith(String from, String to) {
        int at = POSES.indexOf(from);
        assertThat(at).as("'%s' in the catalogue of poses", from).isNotNegative();
        return POSES.substring(0, at) + to + POSES.substring(at + from.length());
    }

    @Test
    void aMovementOfTwoPosesReadsWithSharedPropsAndItsOwnArrows() {
        Figure figure = CatalogueReader.read(POSES.getBytes(UTF_8), SOURCE).moves().get(0).figure();
        assertThat(figure.poses()).hasSize(2);
        Figure.Pose start = figure.first();
        Figure.Pose end = figure.poses().get(1);
        assertThat(start.toes()).isEqualTo("right");
        assertThat(start.face()).isEqualTo("right");
        assertThat(end.face()).isEqualTo("left");
        assertThat(start.props()).extracting(Figure.Prop::type).containsExactly("chair");
        assertThat(end.props()).extracting(Figure.Prop::type).containsExactly("chair", "floor");
        assertThat(start.arrows()).isEmpty();
        assertThat(end.arrows()).hasSize(1);
        assertThat(end.joints().head()).isEqualTo(new Figure.Point(40, 14));
    }

    @Test
    void moreThanThreePosesAreRefusedWhereTheListIs() {
        String pose = POSES.substring(POSES.indexOf("          {\n            \"joints\""),
                POSES.indexOf("          {\n            \"looks\""));
        String four = posesWith("\"poses\": [\n", "\"poses\": [\n" + pose + pose);
        assertError(errorOf(four), 20, 18, "moves[0].figure", "figure poses must have 1 to 3 entries, found 4",
                "either joints (one pose) or poses (a list of 1 to 3 poses");
    }

    @Test
    void jointsBesidePosesAreRefused() {
        String both = posesWith("\"toes\": \"right\",", "\"toes\": \"right\", \"joints\": {},");
        assertThat(errorOf(both).getMessage()).startsWith(SOURCE + ":").contains("moves[0].figure");
    }

    @Test
    void anArrowOutsideThePosesIsToldToGoInsideOne() {
        String outside = posesWith("\"toes\": \"right\",",
                "\"toes\": \"right\", \"arrows\": [{ \"from\": [1, 1], \"to\": [9, 9] }],");
        assertError(errorOf(outside), 16, 36, "moves[0].figure",
                "figure arrows must go inside the pose they belong to when poses are given", "or poses");
    }

    @Test
    void aPoseWithoutJointsIsPlacedAtThePose() {
        String missing = posesWith("\"looks\": \"left\",\n            \"joints\": {",
                "\"looks\": \"left\", \"unused\": {");
        CatalogueError e = errorOf(missing);
        assertThat(e.getMessage()).startsWith(SOURCE + ":").contains("moves[0].figure.poses[1]");
    }

    @Test
    void looksGoesWithToes() {
        String front = posesWith("\"toes\": \"right\",\n", "");
        assertThat(errorOf(front).getMessage()).contains("pose looks must go with toes");
    }

    private static String tweak(String from, String to) {
        int at = BASE.indexOf(from);
        assertThat(at).as("'%s' in the base catalogue", from).isNotNegative();
        assertThat(BASE.indexOf(from, at + 1)).as("'%s' occurs once", from).isNegative();
        return BASE.replace(from, to);
    }

    private static CatalogueError errorOf(String json) {
        CatalogueError e = catchThrowableOfType(CatalogueError.class,
                () -> CatalogueReader.read(json.getBytes(UTF_8), SOURCE));
        assertThat(e).as("a CatalogueError").isNotNull();
        return e;
    }

    private static void assertError(CatalogueError e, int line, int column, String path, String message,
                                    String hint) {
        assertThat(e.getMessage()).isEqualTo(SOURCE + ":" + line + ":" + column + ": " + path + ": " + message);
        assertThat(e.hint()).contains(hint);
    }

    @Test
    void aGoodFigureReads() {
        Figure figure = CatalogueReader.read(BASE.getBytes(UTF_8), SOURCE).moves().get(0).figure();
        assertThat(figure.alt()).isEqualTo("A person sits on a chair.");
        assertThat(figure.poses()).hasSize(1);
        Figure.Pose pose = figure.first();
        assertThat(pose.near()).isEqualTo("right");
        assertThat(pose.joints().kneeR()).isEqualTo(new Figure.Point(70, 56));
        assertThat(pose.joints().byName()).hasSize(14).containsKeys("head", "footL");
        assertThat(pose.props()).containsExactly(new Figure.Prop("chair", 30, 30, 40, 60, "right"));
        assertThat(pose.arrows()).containsExactly(
                new Figure.Arrow(new Figure.Point(40, 10), new Figure.Point(30, 20), 5, false));
    }

    @Test
    void aMissingJointIsNamedAtItsJointsObject() {
        // Placed where the joints object opens (line 16, `"joints": {`), where the joint is to be added.
        assertError(errorOf(tweak("          \"kneeR\": [70, 56],\n", "")), 16, 19, "moves[0].figure.joints",
                "missing required field \"kneeR\"", "add \"kneeR\" (a point [x, y])");
    }

    @Test
    void aJointOutsideTheBoxIsPlacedAtItsValue() {
        assertError(errorOf(tweak("\"kneeR\": [70, 56]", "\"kneeR\": [70, 156]")), 28, 20,
                "moves[0].figure.joints.kneeR",
                "point [70, 156] is outside the figure box (0 to 100 across and down)", "two whole numbers from 0 to 100");
        assertError(errorOf(tweak("\"kneeR\": [70, 56]", "\"kneeR\": [-1, 56]")), 28, 20,
                "moves[0].figure.joints.kneeR", "point [-1, 56] is outside the figure box (0 to 100 across and down)", "[x, y]");
    }

    @Test
    void aPointNeedsTwoWholeNumbers() {
        assertError(errorOf(tweak("\"kneeR\": [70, 56]", "\"kneeR\": [70]")), 28, 20,
                "moves[0].figure.joints.kneeR", "a point is two numbers [x, y], found 1 number", "[x, y]");
    }

    @Test
    void aMisspeltJointIsAnUnknownFieldWithASuggestion() {
        assertError(errorOf(tweak("\"kneeR\": [70, 56]", "\"knee\": [70, 56]")), 28, 11,
                "moves[0].figure.joints", "unknown field \"knee\" (known fields: head, neck, shoulderL, shoulderR, "
                        + "elbowL, elbowR, handL, handR, hipL, hipR, kneeL, kneeR, footL, footR, midBack)", "did you mean \"kneeL\"?");
    }

    @Test
    void anUnknownPropIsRejectedWithTheKnownOnes() {
        // Placed where the prop object opens.
        assertError(errorOf(tweak("\"type\": \"chair\"", "\"type\": \"sofa\"")), 33, 11, "moves[0].figure.props[0]",
                "unknown prop \"sofa\" (known props: chair, floor, wall, foamRoller, pillow, mat)", "types: chair, floor");
    }

    @Test
    void aPropMustStayInTheBox() {
        assertError(errorOf(tweak("\"width\": 40", "\"width\": 80")), 33, 11, "moves[0].figure.props[0]",
                "chair box (x 30, y 30, width 80, height 60) is outside the figure box (0 to 100)", "inside the 0 to 100 box");
    }

    @Test
    void arrowBendIsLimitedAndWhole() {
        // Placed on the bend value itself.
        assertError(errorOf(tweak("\"bend\": 5", "\"bend\": 80")), 36, 55, "moves[0].figure.arrows[0]",
                "arrow bend must be from -50 to 50, found 80", "bend from -50 to 50");
        assertError(errorOf(tweak("\"bend\": 5", "\"bend\": 5.5")), 36, 55, "moves[0].figure.arrows[0].bend",
                "expected a whole number, found a decimal number", "whole number");
    }

    @Test
    void anArrowMayNotBendOutOfTheBox() {
        assertError(errorOf(tweak("\"bend\": 5", "\"bend\": -30")), 36, 11, "moves[0].figure.arrows[0]",
                "arrow bends out of the figure box (it reaches [25, -1]); use less bend or the other sign",
                "bend from -50 to 50");
    }

    @Test
    void altTextIsRequired() {
        assertError(errorOf(tweak("\"alt\": \"A person sits on a chair.\",", "")), 14, 17, "moves[0].figure",
                "missing required field \"alt\"", "add \"alt\" (text in double quotes)");
        assertError(errorOf(tweak("\"A person sits on a chair.\"", "\" \"")), 15, 16, "moves[0].figure",
                "figure alt must not be empty", "alt (the picture in words)");
    }

    @Test
    void nearIsASide() {
        assertError(errorOf(tweak("\"alt\": \"A person sits on a chair.\",",
                        "\"alt\": \"A person sits on a chair.\", \"near\": \"back\",")), 15, 53, "moves[0].figure",
                "figure near must be \"left\" or \"right\", found \"back\"", "near is");
    }
}
