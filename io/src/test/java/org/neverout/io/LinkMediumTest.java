package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkMediumTest {
    @ParameterizedTest
    @CsvSource({"Fiber, fiber", "Fibre, fiber", "FIBRE, fiber", "Optical, fiber", "Wireless, microwave",
            "Microwave, microwave", "Satellite, satellite", "copper pair, copper", "DS-3, other", "STM-64, other",
            "Ethernet, other"})
    void normalises(String type, String medium) {
        assertThat(LinkMedium.normalise(type)).isEqualTo(medium);
    }

    @ParameterizedTest
    @CsvSource({"Fiber Link, fiber-link", "Zürich  (HB), zurich-hb", "'  ', ''", "Łódź, odz"})
    void slugs(String text, String slug) {
        assertThat(IdAllocator.slug(text)).isEqualTo(slug);
    }
}
