package org.movecard.catalogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {
    /** Seen with a 24 MB heap: a wrapped OutOfMemoryError came out as "moves[62]: invalid move". */
    @Test
    void runningOutOfMemoryWhileBindingIsNotBlamedOnTheFile() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        JsonMappingException wrapped = JsonMappingException.from((JsonParser) null, "while building a move", oom);
        assertThatThrownBy(() -> JsonProblems.binding(wrapped, SourceMap.EMPTY, "x.json")).isSameAs(oom);
    }
}
