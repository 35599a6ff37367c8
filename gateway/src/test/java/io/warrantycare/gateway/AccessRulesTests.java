package io.warrantycare.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTests {

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource(nullValues = "-", textBlock = """
            POST,   /api/sales,                                ROLE,   SALES
            POST,   /api/sales/batch,                          ROLE,   SALES
            POST,   /api/sales/123456AB/void,                  ROLE,   SALES
            GET,    /api/cards/123456AB,                       ROLE,   DISTRIBUTION_CENTER
            POST,   /api/cards/123456AB/reprints,              ROLE,   DISTRIBUTION_CENTER
            GET,    /api/cards/123456AB/print,                 ROLE,   DISTRIBUTION_CENTER
            POST,   /api/warranties/123456AB/coverage-checks,  ROLE,   SERVICE_CENTER
            GET,    /api/warranties/123456AB,                  PUBLIC, -
            GET,    /api/warranties/123456AB/history,          DENY,   -
            POST,   /api/warranties/123456AB,                  DENY,   -
            GET,    /api/policies,                             PUBLIC, -
            GET,    /api/policies/evaluate,                    PUBLIC, -
            POST,   /api/policies,                             DENY,   -
            GET,    /api/registrations/prefill,                PUBLIC, -
            POST,   /api/registrations,                        PUBLIC, -
            GET,    /api/registrations/reg-1,                  PUBLIC, -
            DELETE, /api/registrations/reg-1,                  DENY,   -
            GET,    /api/customers/c-1/consents,               ROLE,   SUPPORT
            DELETE, /api/customers/c-1,                        ROLE,   PRIVACY
            GET,    /api/customers/c-1,                        DENY,   -
            DELETE, /api/customers/c-1/consents,               DENY,   -
            POST,   /api/consents/withdrawals,                 PUBLIC, -
            GET,    /api/consents/withdrawals,                 DENY,   -
            GET,    /api/notifications/deliveries,             ROLE,   SUPPORT
            POST,   /api/notifications/deliveries,             DENY,   -
            GET,    /,                                         PUBLIC, -
            GET,    /r/abc123,                                 PUBLIC, -
            POST,   /site/register,                            PUBLIC, -
            GET,    /nowhere,                                  PUBLIC, -
            GET,    /actuator/health,                          OPEN,   -
            GET,    /actuator/health/readiness,                OPEN,   -
            """)
    void decidesByTheFirstMatchingRule(String method, String path, AccessRules.Access access, PartnerRole role) {
        AccessRules.Rule rule = AccessRules.ruleFor(HttpMethod.valueOf(method), PathContainer.parsePath(path));

        assertThat(rule.access()).isEqualTo(access);
        assertThat(rule.role()).isEqualTo(role);
    }
}
