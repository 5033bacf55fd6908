package io.github.ocop.spring;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.jackson.OcopModule;
import io.github.ocop.rules.RuleSetLoader;
import io.github.ocop.rules.RuleSets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Auto-configuration of the OCOP starter (Spring Boot 4): a {@link RuleSets} registry (the bundled rule sets plus
 * {@code ocop.rules-files}), {@link OcopEngines} over it, the Jackson 3 {@link OcopModule} for that registry, the
 * library's vi/en messages in the application's {@link MessageSource}, an RFC 9457 answer to invalid input in web
 * applications ({@link OcopProblemResolver}) and an actuator {@link OcopInfoContributor}. Every bean steps aside
 * for one the application defines.
 */
@AutoConfiguration(after = MessageSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(OcopProperties.class)
public class OcopAutoConfiguration {
    /** The resource bundles the starter adds to the application's messages. */
    public static final List<String> BASENAMES = List.of("io/github/ocop/rules/ValidationMessages",
            "io/github/ocop/spring/messages");

    /** Creates the auto-configuration (instantiated by Spring). */
    public OcopAutoConfiguration() {
    }

    /**
     * The registry: the standard rule sets with those of {@code ocop.rules-files} added.
     *
     * @param properties the settings
     * @return the registry
     * @throws OcopInputException naming the file and the problem when a rule set file is invalid
     */
    @Bean
    @ConditionalOnMissingBean
    public RuleSets ocopRuleSets(OcopProperties properties) {
        List<RuleSet> loaded = new ArrayList<>();
        for (Resource r : properties.rulesFiles()) {
            try (InputStream in = r.getInputStream()) {
                loaded.add(RuleSetLoader.load(in, r.getDescription()));
            } catch (IOException e) {
                throw new UncheckedIOException("ocop.rules-files: cannot read " + r.getDescription(), e);
            }
        }
        return loaded.isEmpty() ? RuleSets.standard() : RuleSets.standard().with(loaded.toArray(RuleSet[]::new));
    }

    /**
     * The engines of the registry's rule sets.
     *
     * @param ruleSets the registry
     * @return the engines
     */
    @Bean
    @ConditionalOnMissingBean
    public OcopEngines ocopEngines(RuleSets ruleSets) {
        return new OcopEngines(ruleSets);
    }

    /**
     * The Jackson 3 module, reading score cards, explanations, plans and council results against the registry
     * (Spring Boot adds module beans to its mappers; it replaces the instance found by module discovery).
     *
     * @param ruleSets the registry
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean(OcopModule.class)
    public JacksonModule ocopJacksonModule(RuleSets ruleSets) {
        return new OcopModule(ruleSets);
    }

    /**
     * The library's messages when the application has no message source of its own (no {@code messages.properties}).
     *
     * @return a message source of the starter's bundles (UTF-8, no fall-back to the system locale)
     */
    @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    public MessageSource messageSource() {
        return ocopMessages();
    }

    /**
     * Puts the library's messages behind the application's own message source (as its parent), when that has none.
     *
     * @return the post-processor
     */
    @Bean
    public static BeanPostProcessor ocopMessageSourceParent() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name)
                        && bean instanceof HierarchicalMessageSource h && !(bean instanceof OcopMessages)
                        && h.getParentMessageSource() == null) {
                    h.setParentMessageSource(ocopMessages());
                }
                return bean;
            }
        };
    }

    private static MessageSource ocopMessages() {
        OcopMessages m = new OcopMessages();
        m.setBasenames(BASENAMES.toArray(String[]::new));
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** The starter's own message source, recognised so that it is not given itself as a parent. */
    private static final class OcopMessages extends ResourceBundleMessageSource {
    }

    /**
     * The wording of problem documents.
     *
     * @param messages the application's messages
     * @return the problem writer
     */
    @Bean
    @ConditionalOnMissingBean
    public OcopProblems ocopProblems(MessageSource messages) {
        return new OcopProblems(messages);
    }

    /** The RFC 9457 answer to invalid input, in servlet web applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(HandlerExceptionResolver.class)
    static class Web {
        @Bean
        @ConditionalOnMissingBean
        OcopProblemResolver ocopProblemResolver(OcopProblems problems, ObjectProvider<JsonMapper> mapper,
                                                OcopProperties properties) {
            return new OcopProblemResolver(problems, mapper.getIfAvailable(JsonMapper::new),
                    properties.defaultLocale());
        }
    }

    /** The actuator's info. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(InfoContributor.class)
    static class Actuator {
        @Bean
        @ConditionalOnMissingBean
        OcopInfoContributor ocopInfoContributor(RuleSets ruleSets) {
            return new OcopInfoContributor(ruleSets);
        }
    }
}
