package com.yuyang.base.core.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids beyond JavaScript's exact integer range reach the browser as strings, so the UI sends back the same id. */
class SafeLongJacksonConfigTest {

    final ObjectMapper mapper = new ObjectMapper().registerModule(new SafeLongJacksonConfig().safeLongModule());

    record Row(long id, Long parentId, long total) {
    }

    @Test
    void snowflakeIdsAreStringsAndSmallLongsStayNumbers() throws Exception {
        assertThat(mapper.writeValueAsString(new Row(2125049883878092802L, 9007199254740992L, 42L)))
                .isEqualTo("{\"id\":\"2125049883878092802\",\"parentId\":\"9007199254740992\",\"total\":42}");
        assertThat(mapper.writeValueAsString(new Row(9007199254740991L, null, -1L)))
                .isEqualTo("{\"id\":9007199254740991,\"parentId\":null,\"total\":-1}");
    }

    @Test
    void longsInsideMapsAndListsAreCoveredToo() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 2125048515024916482L);
        row.put("ids", List.of(155L, 2125048515024916483L));
        assertThat(mapper.writeValueAsString(row))
                .isEqualTo("{\"id\":\"2125048515024916482\",\"ids\":[155,\"2125048515024916483\"]}");
    }

    @Test
    void aStringIdIsReadBackAsTheSameLong() throws Exception {
        Row back = mapper.readValue("{\"id\":\"2125049883878092802\",\"parentId\":\"7\",\"total\":1}", Row.class);
        assertThat(back.id()).isEqualTo(2125049883878092802L);
        assertThat(back.parentId()).isEqualTo(7L);
    }
}
