package org.neverout.report;

/**
 * A small but realistic geographic model written in test code (used when the bundled example is absent,
 * and for tests that must not depend on it): twelve Dutch sites with coordinates, a core ring with
 * chords, access spurs, a supplier with a subcontractor, shared ducts, common software, shared services
 * and vital processes, and one element with a hostile name.
 */
final class RealisticModel {
    static final String HOSTILE = "<script>alert(1)</script>";

    private RealisticModel() {
    }

    static String yaml() {
        String[][] sites = {
            {"HAG", "Den Haag", "52.08", "4.31"}, {"AMS", "Amsterdam", "52.37", "4.90"},
            {"UTR", "Utrecht", "52.09", "5.12"}, {"EDE", "Ede", "52.04", "5.67"},
            {"DHD", "Den Helder", "52.96", "4.76"}, {"LWR", "Leeuwarden", "53.20", "5.79"},
            {"GRN", "Groningen", "53.22", "6.57"}, {"ZWL", "Zwolle", "52.51", "6.09"},
            {"EHV", "Eindhoven", "51.44", "5.48"}, {"MST", "Maastricht", "50.85", "5.69"},
            {"RTD", "Rotterdam", "51.92", "4.48"}, {"VLS", "Vlissingen", "51.44", "3.57"},
        };
        StringBuilder y = new StringBuilder("name: realistic-nl\nsites:\n");
        for (String[] s : sites) {
            y.append("  - {id: ").append(s[0]).append(", name: \"").append(s[1]).append("\", lat: ").append(s[2])
                    .append(", lon: ").append(s[3]).append(", power: [grid-").append(s[0].toLowerCase())
                    .append("]}\n");
        }
        y.append("power_feeds:\n");
        for (String[] s : sites) {
            y.append("  - {id: grid-").append(s[0].toLowerCase()).append(", groups: [grid-nl]}\n");
        }
        y.append("suppliers:\n  - {id: telco, name: Telco}\n  - {id: diggers, name: \"")
                .append(HOSTILE).append("\", parent: telco}\n");
        y.append("nodes:\n");
        for (String[] s : sites) {
            String id = s[0].toLowerCase();
            y.append("  - {id: ").append(id).append("-core, site: ").append(s[0])
                    .append(", role: core, software: vx-os-17}\n");
            y.append("  - {id: ").append(id).append("-acc, site: ").append(s[0])
                    .append(", role: access, software: ny-os-6}\n");
        }
        y.append("links:\n");
        String[][] core = {{"HAG", "AMS"}, {"AMS", "DHD"}, {"DHD", "LWR"}, {"LWR", "GRN"}, {"GRN", "ZWL"},
            {"ZWL", "EDE"}, {"EDE", "EHV"}, {"EHV", "MST"}, {"EHV", "RTD"}, {"RTD", "HAG"}, {"HAG", "UTR"},
            {"UTR", "EDE"}, {"AMS", "UTR"}, {"UTR", "ZWL"}, {"RTD", "VLS"}};
        for (String[] l : core) {
            String a = l[0].toLowerCase();
            String b = l[1].toLowerCase();
            y.append("  - {id: l-").append(a).append('-').append(b).append(", a: ").append(a).append("-core, b: ")
                    .append(b).append("-core");
            if (l[0].equals("HAG") && (l[1].equals("UTR") || l[1].equals("AMS"))) {
                y.append(", groups: [duct-a12]");
            }
            if (l[0].equals("GRN") || l[1].equals("GRN") || l[0].equals("VLS") || l[1].equals("VLS")) {
                y.append(", operator: diggers");
            }
            y.append("}\n");
        }
        for (String[] s : sites) {
            String id = s[0].toLowerCase();
            y.append("  - {id: l-").append(id).append("-acc, a: ").append(id).append("-core, b: ").append(id)
                    .append("-acc}\n");
        }
        y.append("services:\n");
        y.append("  - {id: timesync, kind: infrastructure, endpoints: [[hag-acc, ede-acc]]}\n");
        y.append("  - {id: access, kind: infrastructure, endpoints: [[hag-acc, ede-acc]], depends_on: [timesync]}\n");
        y.append("  - {id: c2-north, name: \"C2 North\", kind: vital, category: A, never_out: 2, "
                + "endpoints: [lwr-acc, grn-acc, [hag-acc, ede-acc]], depends_on: [access], "
                + "availability_target: 0.99999}\n");
        y.append("  - {id: c2-south, kind: vital, category: A, never_out: 2, "
                + "endpoints: [ehv-acc, mst-acc, [hag-acc, ede-acc]], depends_on: [access]}\n");
        y.append("  - {id: maritime, kind: vital, category: B, never_out: 1, "
                + "endpoints: [dhd-acc, vls-acc, ams-acc], availability_target: 0.9999}\n");
        y.append("  - {id: logistics, kind: other, endpoints: [zwl-acc, utr-acc]}\n");
        y.append("external_parties:\n  - {id: police, name: Police, connects_at: [utr-acc], "
                + "evidence: {firewall: false, patch_days: 45}}\n");
        return y.toString();
    }
}
