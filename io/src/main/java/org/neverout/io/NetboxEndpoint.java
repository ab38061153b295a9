package org.neverout.io;

/**
 * The NetBox 4.x REST endpoints an import reads, in the order it reads them: the saved list response's
 * file name in an export directory and the API path of the live mode.
 */
public enum NetboxEndpoint {
    SITES("sites", "/api/dcim/sites/"),
    DEVICES("devices", "/api/dcim/devices/"),
    CABLES("cables", "/api/dcim/cables/"),
    PROVIDERS("providers", "/api/circuits/providers/"),
    CIRCUITS("circuits", "/api/circuits/circuits/"),
    CIRCUIT_TERMINATIONS("circuit-terminations", "/api/circuits/circuit-terminations/"),
    POWER_PANELS("power-panels", "/api/dcim/power-panels/"),
    POWER_FEEDS("power-feeds", "/api/dcim/power-feeds/");

    private final String name;
    private final String apiPath;

    NetboxEndpoint(String name, String apiPath) {
        this.name = name;
        this.apiPath = apiPath;
    }

    /** The file of an export directory: {@code sites.json}, ... */
    public String fileName() {
        return name + ".json";
    }

    /** The path under the NetBox URL: {@code /api/dcim/sites/}, ... */
    public String apiPath() {
        return apiPath;
    }

    /** Singular noun for messages: "device 12". */
    String noun() {
        return switch (this) {
            case SITES -> "site";
            case DEVICES -> "device";
            case CABLES -> "cable";
            case PROVIDERS -> "provider";
            case CIRCUITS -> "circuit";
            case CIRCUIT_TERMINATIONS -> "circuit termination";
            case POWER_PANELS -> "power panel";
            case POWER_FEEDS -> "power feed";
        };
    }
}
