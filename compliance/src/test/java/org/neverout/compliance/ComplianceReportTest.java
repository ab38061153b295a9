package org.neverout.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.compliance.Fixture.AS_OF;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.model.Evidence;
import org.neverout.model.Security;

class ComplianceReportTest {

    private static ComplianceResult result() {
        return Fixture.compliant()
                .party("kmar", List.of("dhd-gw-1"), new Evidence(true, "ipsec", AS_OF, null, true))
                .security("EDE", new Security(true, false, "badge", AS_OF.minusMonths(1)))
                .supplier("sub1", "telco-a", List.of(Fixture.auth("rooms", AS_OF.minusDays(3))), List.of())
                .measure("f", "partial", "plan.pdf", AS_OF.minusMonths(2))
                .disable("DC-05", "evidence kept offline")
                .check();
    }

    @Test
    void jsonCarriesTheContractFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ComplianceReport.toJson(result()));
        assertThat(json.get("model").asText()).isEqualTo("fixture");
        assertThat(json.get("as_of").asText()).isEqualTo("2026-06-01");
        assertThat(json.at("/summary/findings").asInt()).isEqualTo(5);
        assertThat(json.at("/summary/worst").asText()).isEqualTo("high");
        assertThat(json.at("/summary/by_severity/high").asInt()).isEqualTo(3);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("CC-01");
        assertThat(first.get("subject").asText()).isEqualTo("kmar");
        assertThat(first.get("severity").asText()).isEqualTo("high");
        assertThat(first.get("subject_kind").asText()).isEqualTo("external_party");
        assertThat(first.get("pack").asText()).isEqualTo("connection-conditions");
        assertThat(first.get("kind").asText()).isEqualTo("violation");
        assertThat(first.get("message").asText()).contains("1 distinct location");
        assertThat(first.at("/evidence/distinct_sites").asInt()).isEqualTo(1);
        JsonNode sc01 = json.get("findings").get(2);
        assertThat(sc01.get("rule").asText()).isEqualTo("SC-01");
        assertThat(sc01.at("/evidence/authorisations/0/valid_until").asText()).isEqualTo("2026-05-29");
        assertThat(sc01.at("/evidence/authorisations/0/days_remaining").asInt()).isEqualTo(-3);
        JsonNode cc05 = json.get("findings").get(3);
        assertThat(cc05.get("rule").asText()).isEqualTo("CC-05");
        assertThat(cc05.at("/evidence").has("evidence.patch_days")).isTrue();
        assertThat(cc05.at("/evidence/evidence.patch_days").isNull()).isTrue();
        assertThat(json.get("coverage")).hasSize(10);
        assertThat(json.at("/coverage/5/status").asText()).isEqualTo("partial");
        assertThat(json.at("/coverage/5/gap").asText()).isEqualTo("low");
        assertThat(json.at("/coverage/5/review_date").asText()).isEqualTo("2026-04-01");
        assertThat(json.at("/coverage/0/gap").isNull()).isTrue();
        assertThat(json.get("rules")).hasSize(23); // 24 built-in (DC-06 included), one disabled
        assertThat(json.at("/disabled/0/rule").asText()).isEqualTo("DC-05");
        assertThat(json.at("/disabled/0/reason").asText()).isEqualTo("evidence kept offline");
    }

    @Test
    void textGroupsByPackWorstPackFirst() {
        String text = ComplianceReport.toText(result());
        assertThat(text).startsWith("Compliance of fixture as of 2026-06-01: 5 findings (3 high, 1 medium, 1 low)");
        int cc = text.indexOf("\nconnection-conditions\n");
        int ps = text.indexOf("\nphysical-security\n");
        int sc = text.indexOf("\nsupply-chain\n");
        int dc = text.indexOf("\nduty-of-care\n");
        int coverage = text.indexOf("duty-of-care coverage");
        assertThat(cc).isPositive().isLessThan(ps);
        assertThat(ps).isLessThan(sc);
        assertThat(sc).isLessThan(dc);
        assertThat(dc).isLessThan(coverage);
        assertThat(text).contains("  HIGH    CC-01  kmar")
                .contains("  f   partial      gap: low")
                .contains("CC-05  kmar")
                .contains("not declared: evidence.patch_days");
    }

    @Test
    void noFindings() {
        ComplianceResult r = Fixture.compliant().check();
        assertThat(ComplianceReport.toText(r)).startsWith("Compliance of fixture as of 2026-06-01: no findings; 24 rules");
        assertThat(ComplianceReport.toTree(r)).containsEntry("findings", List.of());
    }
}
