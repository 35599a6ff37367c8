package io.warrantycare.gateway;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what through the gateway, as one ordered table: the first rule whose method and path
 * match decides. The security chain and the public rate limit both read it, so "public" means the same
 * thing to both.
 *
 * <p>Inside a route family, anything not listed is denied (401 without a token, 403 with one): a new
 * endpoint in a service stays closed until a rule here opens it. Paths outside every family are open so
 * that unknown paths end in a plain 404.
 */
public final class AccessRules {

    /** What a matching request needs. */
    public enum Access {
        /** No token; counted against the client's public rate budget. */
        PUBLIC,
        /** No token and no rate budget: health probes. */
        OPEN,
        /** A valid partner token carrying the rule's role. */
        ROLE,
        /** Nobody. */
        DENY
    }

    /** One row of the table; a null method matches every method. */
    public record Rule(@Nullable HttpMethod method, String pattern, Access access, @Nullable PartnerRole role) {
    }

    public static final List<Rule> RULES = List.of(
            unmetered("/actuator/health/**"),

            role(null, "/api/sales/**", PartnerRole.SALES),
            role(null, "/api/cards/**", PartnerRole.DISTRIBUTION_CENTER),

            role(HttpMethod.POST, "/api/warranties/*/coverage-checks", PartnerRole.SERVICE_CENTER),
            publicFor(HttpMethod.GET, "/api/warranties/*"),
            deny("/api/warranties/**"),

            publicFor(HttpMethod.GET, "/api/policies/**"),
            deny("/api/policies/**"),

            publicFor(HttpMethod.GET, "/api/registrations/**"),
            publicFor(HttpMethod.POST, "/api/registrations/**"),
            deny("/api/registrations/**"),

            role(HttpMethod.GET, "/api/customers/*/consents", PartnerRole.SUPPORT),
            role(HttpMethod.DELETE, "/api/customers/*", PartnerRole.PRIVACY),
            deny("/api/customers/**"),

            publicFor(HttpMethod.POST, "/api/consents/withdrawals"),
            deny("/api/consents/**"),

            role(HttpMethod.GET, "/api/notifications/**", PartnerRole.SUPPORT),
            deny("/api/notifications/**"),

            // The public site (/, /r/**, /site/**, assets) and every unknown path.
            publicFor(null, "/**"));

    private static final List<CompiledRule> COMPILED = RULES.stream()
            .map(rule -> new CompiledRule(rule, PathPatternParser.defaultInstance.parse(rule.pattern())))
            .toList();

    private AccessRules() {
    }

    /** The rule that decides a request; the table ends with a catch-all, so there always is one. */
    public static Rule ruleFor(HttpMethod method, PathContainer path) {
        for (CompiledRule compiled : COMPILED) {
            if ((compiled.rule.method() == null || compiled.rule.method().equals(method))
                    && compiled.pattern.matches(path)) {
                return compiled.rule;
            }
        }
        throw new IllegalStateException("The access table has no catch-all rule");
    }

    private record CompiledRule(Rule rule, PathPattern pattern) {
    }

    private static Rule unmetered(String pattern) {
        return new Rule(null, pattern, Access.OPEN, null);
    }

    private static Rule publicFor(@Nullable HttpMethod method, String pattern) {
        return new Rule(method, pattern, Access.PUBLIC, null);
    }

    private static Rule role(@Nullable HttpMethod method, String pattern, PartnerRole role) {
        return new Rule(method, pattern, Access.ROLE, role);
    }

    private static Rule deny(String pattern) {
        return new Rule(null, pattern, Access.DENY, null);
    }
}
