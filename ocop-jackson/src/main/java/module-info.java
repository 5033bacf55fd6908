/**
 * A Jackson 3 module for the OCOP types ({@link io.github.ocop.jackson.OcopModule}), found by
 * {@code JsonMapper.builder().findAndAddModules()} on the class path and on the module path.
 */
module io.github.ocop.jackson {
    requires transitive io.github.ocop.rules;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;

    exports io.github.ocop.jackson;

    provides tools.jackson.databind.JacksonModule with io.github.ocop.jackson.OcopModule;
}
