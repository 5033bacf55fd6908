/**
 * A Jackson 2 module for the OCOP types ({@link io.github.ocop.jackson2.OcopModule}), found by
 * {@code ObjectMapper.findAndRegisterModules()} on the class path and on the module path.
 */
module io.github.ocop.jackson2 {
    requires transitive io.github.ocop.rules;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;

    exports io.github.ocop.jackson2;

    provides com.fasterxml.jackson.databind.Module with io.github.ocop.jackson2.OcopModule;
}
