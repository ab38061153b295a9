package org.neverout.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunHeadlineTest {
    @Test
    void readsVerdictCountsRootCausesAndTheWorstAvailability() {
        String json = "{\"summary\": {\"services_in_breach\": 3, \"services_meeting\": 2, \"services_unverified\": 1},"
                + " \"findings\": [{\"kind\": \"never-out\"}, {\"kind\": \"control\"}, {\"kind\": \"never-out\"}],"
                + " \"availability\": {\"services\": [{\"id\": \"a\", \"unavailability\": 1e-5},"
                + " {\"id\": \"b\", \"unavailability\": 2e-3}, {\"id\": \"c\", \"unavailability\": 2e-4}]}}";
        RunHeadline h = RunHeadline.of(json);
        assertThat(h).isEqualTo(new RunHeadline(3, 2, 1, 2, "b", 2e-3));
        assertThat(h.worstAvailability()).isEqualTo(1 - 2e-3);
    }

    @Test
    void withoutAnAvailabilitySectionThereIsNoWorstService() {
        RunHeadline h = RunHeadline.of("{\"summary\": {}, \"findings\": []}");
        assertThat(h).isEqualTo(new RunHeadline(0, 0, 0, 0, null, null));
        assertThat(h.worstAvailability()).isNull();
    }

    @Test
    void resultsThatAreNotJsonAreReported() {
        assertThatThrownBy(() -> RunHeadline.of("{not json")).isInstanceOf(HistoryException.class)
                .hasMessageStartingWith("results_json is not JSON");
    }
}
