package example.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocop.jackson2.OcopModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Adds the OCOP module to Quarkus's ObjectMapper (Quarkus does not run Jackson's module discovery). */
@Singleton
public class OcopJackson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new OcopModule());
    }
}
